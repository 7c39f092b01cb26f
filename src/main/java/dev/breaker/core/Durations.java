package dev.breaker.core;

import java.time.Duration;

/** Conversions of {@link Duration} that cannot overflow. */
public final class Durations {
    private Durations() {
    }

    /**
     * @param duration any duration
     * @return its length in nanoseconds, or {@link Long#MAX_VALUE} (about 292 years) when longer
     */
    public static long toNanosSaturated(Duration duration) {
        // Duration.toNanos() throws past about 292 years; such a timeout means "never" in practice.
        if (duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0) {
            return Long.MAX_VALUE;
        }
        return duration.toNanos();
    }
}
