package dev.breaker;

import dev.breaker.config.SettingRule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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

    /** Checks every value; see {@link SettingRule} for what is allowed. */
    public BreakerSettings {
        SettingRule.FAILURE_THRESHOLD.require(failureThreshold);
        SettingRule.TIMEOUT.require(timeout);
        SettingRule.HALF_OPEN_MAX_CALLS.require(halfOpenMaxCalls);
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
        if (isInstanceOfAny(skipOn, throwable)) {
            return false;
        }
        return failOn.isEmpty() || isInstanceOfAny(failOn, throwable);
    }

    private static boolean isInstanceOfAny(List<Class<? extends Throwable>> types, Throwable throwable) {
        for (int i = 0, n = types.size(); i < n; i++) {
            if (types.get(i).isInstance(throwable)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<? extends Throwable>> copyOf(String setting, List<Class<? extends Throwable>> types) {
        Objects.requireNonNull(types, setting);
        for (Class<? extends Throwable> type : types) {
            if (type == null) {
                throw new IllegalArgumentException(setting + " contains null; it must list throwable types");
            }
        }
        return List.copyOf(types);
    }
}
