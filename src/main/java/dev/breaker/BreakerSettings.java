package dev.breaker;

import dev.breaker.core.ThrowableRule;
import dev.breaker.core.ValueRule;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one breaker, whatever their source: {@link CircuitBreaker.Builder}, a
 * {@code @Breaker} annotation or MicroProfile Config. Immutable.
 *
 * @param failureThreshold consecutive failures that open the breaker, at least 1
 * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
 * @param halfOpenMaxCalls trial calls admitted in one HALF_OPEN period, at least 1
 * @param failOn throwable types that count as failures; empty means every throwable
 * @param skipOn throwable types that never count as failures; wins over {@code failOn}
 * @param enabled {@code false} turns the breaker off: it counts calls but never opens
 */
public record BreakerSettings(
        int failureThreshold,
        Duration timeout,
        int halfOpenMaxCalls,
        List<Class<? extends Throwable>> failOn,
        List<Class<? extends Throwable>> skipOn,
        boolean enabled) {

    /** The built-in default of {@code failureThreshold}. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    /** The built-in default of {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The built-in default of {@code halfOpenMaxCalls}. */
    public static final int DEFAULT_HALF_OPEN_MAX_CALLS = 3;

    /**
     * Checks every value; an invalid one throws {@link IllegalArgumentException} naming it and what is allowed.
     *
     * @param failureThreshold consecutive failures that open the breaker, at least 1
     * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
     * @param halfOpenMaxCalls trial calls admitted in one HALF_OPEN period, at least 1
     * @param failOn throwable types that count as failures; empty means every throwable
     * @param skipOn throwable types that never count as failures; wins over {@code failOn}
     * @param enabled {@code false} turns the breaker off: it counts calls but never opens
     */
    public BreakerSettings {
        ValueRule.COUNT.require("failureThreshold", failureThreshold);
        ValueRule.POSITIVE_DURATION.require("timeout", timeout);
        ValueRule.COUNT.require("halfOpenMaxCalls", halfOpenMaxCalls);
        failOn = copyOf("failOn", failOn);
        skipOn = copyOf("skipOn", skipOn);
    }

    /** @return the built-in defaults: 5 failures, 60 seconds, 3 trial calls, every throwable a failure */
    public static BreakerSettings defaults() {
        return new BreakerSettings(DEFAULT_FAILURE_THRESHOLD, DEFAULT_TIMEOUT, DEFAULT_HALF_OPEN_MAX_CALLS,
                List.of(), List.of(), true);
    }

    /**
     * Decides whether a throwable counts as a failure: never when it is an instance of a {@code skipOn}
     * type; otherwise when {@code failOn} is empty or it is an instance of a {@code failOn} type.
     * Callers pass the throwable with its {@code CompletionException} and {@code ExecutionException}
     * wrappers already removed.
     *
     * @param throwable what the call threw
     * @return {@code true} when it counts as a failure
     */
    public boolean isFailure(Throwable throwable) {
        return ThrowableRule.selects(throwable, failOn, skipOn, Throwable.class);
    }

    BreakerSettings withFailureThreshold(int failures) {
        return new BreakerSettings(failures, timeout, halfOpenMaxCalls, failOn, skipOn, enabled);
    }

    BreakerSettings withTimeout(Duration duration) {
        return new BreakerSettings(failureThreshold, duration, halfOpenMaxCalls, failOn, skipOn, enabled);
    }

    BreakerSettings withHalfOpenMaxCalls(int calls) {
        return new BreakerSettings(failureThreshold, timeout, calls, failOn, skipOn, enabled);
    }

    BreakerSettings withFailOn(List<Class<? extends Throwable>> types) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, types, skipOn, enabled);
    }

    BreakerSettings withSkipOn(List<Class<? extends Throwable>> types) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, types, enabled);
    }

    BreakerSettings withEnabled(boolean on) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, on);
    }

    private static List<Class<? extends Throwable>> copyOf(String setting, List<Class<? extends Throwable>> types) {
        ValueRule.requireGiven(setting, types);
        for (Class<? extends Throwable> type : types) {
            if (type == null) {
                throw new IllegalArgumentException(setting + " contains null; it must list throwable types");
            }
        }
        return List.copyOf(types);
    }
}
