package dev.breaker.metrics.micrometer;

import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.MeterReader;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** What a Micrometer registry shows of the library's meters. */
final class MicrometerReader implements MeterReader {
    private final MeterRegistry registry;

    MicrometerReader(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public OptionalDouble value(ExportedMeter meter, Map<String, String> tags) {
        for (Meter found : registry.find(meter.meterName()).meters()) {
            if (tagsOf(found).equals(tags)) {
                return OptionalDouble.of(found.measure().iterator().next().getValue());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public Set<Map<String, String>> tagSets(ExportedMeter meter) {
        return registry.find(meter.meterName()).meters().stream().map(MicrometerReader::tagsOf).collect(Collectors.toSet());
    }

    /** @return the names of every meter of the library's there is */
    Set<String> libraryMeters() {
        return registry.getMeters().stream().map(meter -> meter.getId().getName())
                .filter(name -> name.startsWith("breaker.")).collect(Collectors.toSet());
    }

    private static Map<String, String> tagsOf(Meter meter) {
        return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue));
    }
}
