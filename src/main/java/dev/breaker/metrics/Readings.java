package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * What the meters read, the same for every backend: the lifetime counters a breaker keeps anyway, and
 * its state read from the clock. Read when the backend collects, never when a call is made.
 */
final class Readings {
    /** The tag {@code outcome} of {@code breaker.calls}, with the count it reads. */
    enum Outcome {
        SUCCESS(breaker -> breaker.getMetrics().successCount()),
        FAILURE(breaker -> breaker.getMetrics().failureCount()),
        REJECTED(breaker -> breaker.getMetrics().rejectedCount());

        private final ToLongFunction<CircuitBreaker> count;

        Outcome(ToLongFunction<CircuitBreaker> count) {
            this.count = count;
        }

        /** @return the tag's value: {@code success}, {@code failure} or {@code rejected} */
        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        long count(CircuitBreaker breaker) {
            return count.applyAsLong(breaker);
        }
    }

    private Readings() {
    }

    /** @return the tag {@code state}: {@code closed}, {@code open} or {@code half_open} */
    static String tagOf(CircuitState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** @return 1 when the breaker is in that state now (HALF_OPEN as soon as its timeout has passed), else 0 */
    static long stateValue(CircuitBreaker breaker, CircuitState state) {
        return breaker.state() == state ? 1 : 0;
    }

    static long opened(CircuitBreaker breaker) {
        return breaker.getMetrics().openedCount();
    }

    /** @return in ratio mode, the share of failures in the current window; 0 otherwise */
    static double failureRatio(CircuitBreaker breaker) {
        return breaker.getMetrics().failureRatio().orElse(0);
    }

    /** @return whether the breaker has a failure ratio to export */
    static boolean hasFailureRatio(CircuitBreaker breaker) {
        return breaker.settings().ratioMode();
    }
}
