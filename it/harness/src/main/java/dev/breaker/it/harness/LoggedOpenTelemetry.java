package dev.breaker.it.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's meters as the OpenTelemetry SDK's logging exporter writes them
 * ({@code OTEL_METRICS_EXPORTER=logging}): one line per instrument and export, such as {@code metric:
 * ImmutableMetricData{..., name=breaker.state, ..., type=LONG_GAUGE, data=ImmutableGaugeData{points=[
 * ImmutableLongPointData{..., attributes={name="quotes-api", state="open"}, value=1, ...}, ...]}}}. The
 * latest line of each instrument counts; its name is given in Prometheus form ({@code breaker.calls}, a
 * sum, is {@code breaker_calls_total}).
 *
 * @param log the server's log so far
 */
public record LoggedOpenTelemetry(Supplier<String> log) implements MetricsView {
    private static final Pattern INSTRUMENT = Pattern.compile(", name=(breaker\\.[a-z.]+), description=.*?, type=([A-Z_]+), data=");
    private static final Pattern POINT = Pattern.compile("attributes=\\{([^}]*)\\}, value=([-0-9.Ee]+)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_.]+)=\"([^\"]*)\"");

    @Override
    public String describe() {
        return "the OpenTelemetry logging exporter's lines in the server's log";
    }

    @Override
    public List<MetricSample> samples() {
        Map<String, String> latest = new LinkedHashMap<>();
        for (String line : log.get().split("\n")) {
            if (!line.contains("ImmutableMetricData{") || !line.contains("InstrumentationScopeInfo{name=dev.breaker,")) {
                continue;
            }
            Matcher instrument = INSTRUMENT.matcher(line);
            if (instrument.find()) {
                latest.put(instrument.group(1), line.substring(instrument.start()));
            }
        }
        List<MetricSample> samples = new ArrayList<>();
        latest.forEach((name, line) -> {
            Matcher instrument = INSTRUMENT.matcher(line);
            instrument.find();
            String prometheusName = name.replace('.', '_') + (instrument.group(2).endsWith("_SUM") ? "_total" : "");
            Matcher point = POINT.matcher(line);
            while (point.find()) {
                Map<String, String> labels = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(point.group(1));
                while (attribute.find()) {
                    labels.put(attribute.group(1), attribute.group(2));
                }
                samples.add(new MetricSample(prometheusName, labels, Double.parseDouble(point.group(2))));
            }
        });
        return samples;
    }
}
