package dev.breaker.it.harness;

import java.util.Map;

/**
 * One value a runtime shows of a meter, in Prometheus form: {@code breaker_calls_total{name="quotes-api",
 * outcome="success"} 2.0}. The labels are all of them, the runtime's own included ({@code mp_scope},
 * {@code WF_DEPLOYMENT}, ...).
 *
 * @param name the metric's name in Prometheus form, such as {@code breaker_calls_total}
 * @param labels its labels
 * @param value its value
 */
public record MetricSample(String name, Map<String, String> labels, double value) {
    /** Copies the labels. */
    public MetricSample {
        labels = Map.copyOf(labels);
    }

    /**
     * @param metric a name in Prometheus form
     * @param wanted labels it must have (others may be there too)
     * @return whether this is a sample of that metric with those labels
     */
    public boolean is(String metric, Map<String, String> wanted) {
        return name.equals(metric) && labels.entrySet().containsAll(wanted.entrySet());
    }

    @Override
    public String toString() {
        return name + labels + " " + value;
    }
}
