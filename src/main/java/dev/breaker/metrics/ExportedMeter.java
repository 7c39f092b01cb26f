package dev.breaker.metrics;

import java.util.List;

/**
 * Every meter the library exports, whatever the backend: its name, its kind, what it counts and its
 * tags. A counter is written {@code <name>_total} in Prometheus form; MicroProfile Metrics, which has no
 * counter that reads a value, gets a gauge named {@code <name>.total}, which comes out the same.
 */
public enum ExportedMeter {
    /** Calls through a breaker, by outcome: the lifetime counts of {@code BreakerMetrics}. */
    CALLS("breaker.calls", Kind.COUNTER, "Calls through the circuit breaker, by outcome", "name", "outcome"),
    /** 1 for a breaker's current state (read from the clock, as {@code state()}), 0 for the other two. */
    STATE("breaker.state", Kind.GAUGE, "1 for the circuit breaker's current state, 0 for the others", "name", "state"),
    /** Transitions of a breaker to OPEN. */
    OPENED("breaker.opened", Kind.COUNTER, "Times the circuit breaker went to OPEN", "name"),
    /** In ratio mode only: the share of failures in the breaker's current window. */
    FAILURE_RATIO("breaker.failure.ratio", Kind.GAUGE,
            "Share of failures in the circuit breaker's current window (ratio mode only)", "name"),
    /** Attempts beyond the first of a {@code @RetryWithBackoff} method. */
    RETRIES("breaker.retry.retries", Kind.COUNTER, "Attempts beyond the first of a @RetryWithBackoff method",
            "method"),
    /** Failures of a {@code @WithFallback} method that its fallback answered. */
    FALLBACK_ANSWERS("breaker.fallback.answers", Kind.COUNTER,
            "Failures of a @WithFallback method that its fallback method answered", "method");

    /** How a meter's value moves. */
    public enum Kind {
        /** Only ever grows, for the application's life. */
        COUNTER,
        /** Goes up and down. */
        GAUGE
    }

    private final String meterName;
    private final Kind kind;
    private final String description;
    private final List<String> tags;

    ExportedMeter(String meterName, Kind kind, String description, String... tags) {
        this.meterName = meterName;
        this.kind = kind;
        this.description = description;
        this.tags = List.of(tags);
    }

    /** @return the name given to Micrometer and OpenTelemetry, such as {@code breaker.calls} */
    public String meterName() {
        return meterName;
    }

    /** @return counter or gauge */
    public Kind kind() {
        return kind;
    }

    /** @return what it counts, in a few words */
    public String description() {
        return description;
    }

    /** @return its tag keys, in order */
    public List<String> tags() {
        return tags;
    }

    /** @return the name in Prometheus form, such as {@code breaker_calls_total} or {@code breaker_state} */
    public String prometheusName() {
        String base = meterName.replace('.', '_');
        return kind == Kind.COUNTER ? base + "_total" : base;
    }

    /** @return the name of the MicroProfile Metrics gauge that stands for it, such as {@code breaker.calls.total} */
    public String microProfileName() {
        return kind == Kind.COUNTER ? meterName + ".total" : meterName;
    }
}
