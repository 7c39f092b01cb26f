package dev.breaker.metrics.opentelemetry;

import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.MeterReader;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What an OpenTelemetry SDK collects of the library's meters, through its in-memory reader. */
final class InMemoryReader implements MeterReader {
    private final InMemoryMetricReader reader = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();

    OpenTelemetrySdk sdk() {
        return sdk;
    }

    @Override
    public OptionalDouble value(ExportedMeter meter, Map<String, String> tags) {
        for (PointData point : points(meter.meterName())) {
            if (tagsOf(point.getAttributes()).equals(tags)) {
                return OptionalDouble.of(point instanceof LongPointData longPoint ? longPoint.getValue()
                        : ((DoublePointData) point).getValue());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public Set<Map<String, String>> tagSets(ExportedMeter meter) {
        return points(meter.meterName()).stream().map(point -> tagsOf(point.getAttributes())).collect(Collectors.toSet());
    }

    /** @return every metric collected now, by name */
    Map<String, MetricData> collect() {
        Map<String, MetricData> byName = new TreeMap<>();
        for (MetricData data : reader.collectAllMetrics()) {
            byName.put(data.getName(), data);
        }
        return byName;
    }

    private List<PointData> points(String name) {
        MetricData data = collect().get(name);
        List<PointData> points = new ArrayList<>();
        if (data != null) {
            Collection<? extends PointData> found = data.getData().getPoints();
            points.addAll(found);
        }
        return points;
    }

    private static Map<String, String> tagsOf(Attributes attributes) {
        Map<String, String> tags = new TreeMap<>();
        attributes.forEach((key, value) -> tags.put(key.getKey(), String.valueOf(value)));
        return tags;
    }
}
