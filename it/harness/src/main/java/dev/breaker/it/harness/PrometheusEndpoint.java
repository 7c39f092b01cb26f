package dev.breaker.it.harness;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape endpoint in the Prometheus text format (or OpenMetrics): every sample line, parsed so that
 * what differs from runtime to runtime does not matter: label order, extra labels, a trailing comma
 * inside the braces (Micrometer's and Open Liberty's text format 0.0.4), {@code 1} or {@code 1.0}.
 *
 * @param uri where to scrape
 */
public record PrometheusEndpoint(URI uri) implements MetricsView {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Override
    public String describe() {
        return "GET " + uri;
    }

    @Override
    public List<MetricSample> samples() {
        HttpAnswer answer = HttpAnswer.get(uri, "text/plain");
        if (answer.status() != 200) {
            throw new AssertionError(describe() + " answered " + answer.status() + ": " + answer.body());
        }
        return parse(answer.body());
    }

    /**
     * @param text a scrape
     * @return its samples
     */
    static List<MetricSample> parse(String text) {
        List<MetricSample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new MetricSample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }
}
