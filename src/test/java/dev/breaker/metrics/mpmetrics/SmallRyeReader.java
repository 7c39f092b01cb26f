package dev.breaker.metrics.mpmetrics;

import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.MeterReader;
import io.smallrye.metrics.SharedMetricRegistries;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What the application registry of SmallRye Metrics shows of the library's gauges. The registry lives in
 * a static map of SmallRye's, so it outlives the application and shows what the application left behind.
 */
final class SmallRyeReader implements MeterReader {
    private final MetricRegistry registry = SharedMetricRegistries.getOrCreate(MetricRegistry.APPLICATION_SCOPE);

    @Override
    public OptionalDouble value(ExportedMeter meter, Map<String, String> tags) {
        for (MetricID id : registry.getGauges().keySet()) {
            if (id.getName().equals(meter.microProfileName()) && tagsOf(id).equals(tags)) {
                Gauge<?> gauge = registry.getGauge(id);
                return OptionalDouble.of(gauge.getValue().doubleValue());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public Set<Map<String, String>> tagSets(ExportedMeter meter) {
        return registry.getGauges().keySet().stream().filter(id -> id.getName().equals(meter.microProfileName()))
                .map(SmallRyeReader::tagsOf).collect(Collectors.toSet());
    }

    /** @return the names of every metric of the library's there is */
    Set<String> libraryMetrics() {
        return registry.getNames().stream().filter(name -> name.startsWith("breaker.")).collect(Collectors.toSet());
    }

    /** @return the description registered with a metric */
    String descriptionOf(String name) {
        return registry.getMetadata(name).getDescription();
    }

    private static Map<String, String> tagsOf(MetricID id) {
        return new TreeMap<>(id.getTags());
    }
}
