package dev.breaker;

import dev.breaker.core.ThrowableRule;
import dev.breaker.core.ValueRule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The validated settings of one breaker, whatever their source: {@link CircuitBreaker.Builder}, a
 * {@code @Breaker} annotation or MicroProfile Config. Immutable.
 *
 * <p>A breaker opens on consecutive failures ({@code failureThreshold}) unless {@code failureRatio}
 * is given: then it is in ratio mode, and opens when the share of failures in a window of recent calls
 * reaches the ratio (the last {@code windowSize} calls, or the calls of the last
 * {@code windowDuration}), once the window holds {@code minimumCalls} outcomes.
 *
 * @param failureThreshold consecutive failures that open the breaker, at least 1; not used in ratio mode
 * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
 * @param halfOpenMaxCalls trial calls admitted in one HALF_OPEN period, at least 1
 * @param failOn throwable types that count as failures; empty means every throwable
 * @param skipOn throwable types that never count as failures; wins over {@code failOn}
 * @param enabled {@code false} turns the breaker off: it counts calls but never opens
 * @param failureRatio above 0 and at most 1: the share of failures that opens the breaker, in ratio
 *     mode; empty for consecutive failures
 * @param windowSize ratio mode's window is the last this many calls, from 1 to 100,000
 * @param windowDuration when given, ratio mode's window is the calls of this last period instead
 *     (above zero, at most one hour), and {@code windowSize} is not used
 * @param minimumCalls ratio mode opens only once the window holds this many outcomes, at least 1 (for
 *     a count window at most {@code windowSize}); empty for the default: {@code windowSize} for a count
 *     window, {@value #DEFAULT_TIME_WINDOW_MINIMUM_CALLS} for a time window
 * @param slowCallDuration when given, a call that returns normally but took longer counts as a
 *     failure (the caller still gets its result); above zero
 */
public record BreakerSettings(
        int failureThreshold,
        Duration timeout,
        int halfOpenMaxCalls,
        List<Class<? extends Throwable>> failOn,
        List<Class<? extends Throwable>> skipOn,
        boolean enabled,
        OptionalDouble failureRatio,
        int windowSize,
        Optional<Duration> windowDuration,
        OptionalInt minimumCalls,
        Optional<Duration> slowCallDuration) {

    /** The built-in default of {@code failureThreshold}. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    /** The built-in default of {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The built-in default of {@code halfOpenMaxCalls}. */
    public static final int DEFAULT_HALF_OPEN_MAX_CALLS = 3;
    /** The built-in default of {@code windowSize}. */
    public static final int DEFAULT_WINDOW_SIZE = 20;
    /** The default of {@code minimumCalls} for a time window. */
    public static final int DEFAULT_TIME_WINDOW_MINIMUM_CALLS = 20;

    /**
     * Checks every value; an invalid one throws {@link IllegalArgumentException} naming it and what is
     * allowed. That {@code minimumCalls} fits a count window is checked when a breaker is built: the
     * builder changes one setting at a time.
     *
     * @param failureThreshold consecutive failures that open the breaker, at least 1
     * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
     * @param halfOpenMaxCalls trial calls admitted in one HALF_OPEN period, at least 1
     * @param failOn throwable types that count as failures; empty means every throwable
     * @param skipOn throwable types that never count as failures; wins over {@code failOn}
     * @param enabled {@code false} turns the breaker off: it counts calls but never opens
     * @param failureRatio the share of failures that opens the breaker in ratio mode; empty: consecutive mode
     * @param windowSize the calls of a count window
     * @param windowDuration the period of a time window; empty: a count window
     * @param minimumCalls outcomes the window must hold before it opens; empty: the default
     * @param slowCallDuration how long a call may take before it counts as failed; empty: no limit
     */
    public BreakerSettings {
        ValueRule.COUNT.require("failureThreshold", failureThreshold);
        ValueRule.POSITIVE_DURATION.require("timeout", timeout);
        ValueRule.COUNT.require("halfOpenMaxCalls", halfOpenMaxCalls);
        failOn = copyOf("failOn", failOn);
        skipOn = copyOf("skipOn", skipOn);
        ValueRule.requireGiven("failureRatio", failureRatio).ifPresent(ratio -> ValueRule.RATIO.require("failureRatio", ratio));
        ValueRule.WINDOW_SIZE.require("windowSize", windowSize);
        ValueRule.requireGiven("windowDuration", windowDuration)
                .ifPresent(duration -> ValueRule.WINDOW_DURATION.require("windowDuration", duration));
        ValueRule.requireGiven("minimumCalls", minimumCalls).ifPresent(calls -> ValueRule.COUNT.require("minimumCalls", calls));
        ValueRule.requireGiven("slowCallDuration", slowCallDuration)
                .ifPresent(duration -> ValueRule.POSITIVE_DURATION.require("slowCallDuration", duration));
    }

    /**
     * Settings in consecutive mode, with no slow-call limit.
     *
     * @param failureThreshold consecutive failures that open the breaker, at least 1
     * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
     * @param halfOpenMaxCalls trial calls admitted in one HALF_OPEN period, at least 1
     * @param failOn throwable types that count as failures; empty means every throwable
     * @param skipOn throwable types that never count as failures; wins over {@code failOn}
     * @param enabled {@code false} turns the breaker off: it counts calls but never opens
     */
    public BreakerSettings(int failureThreshold, Duration timeout, int halfOpenMaxCalls,
            List<Class<? extends Throwable>> failOn, List<Class<? extends Throwable>> skipOn, boolean enabled) {
        this(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, OptionalDouble.empty(),
                DEFAULT_WINDOW_SIZE, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** @return the built-in defaults: 5 consecutive failures, 60 seconds, 3 trial calls, every throwable a failure */
    public static BreakerSettings defaults() {
        return new BreakerSettings(DEFAULT_FAILURE_THRESHOLD, DEFAULT_TIMEOUT, DEFAULT_HALF_OPEN_MAX_CALLS,
                List.of(), List.of(), true);
    }

    /** @return whether the breaker opens on the share of failures in a window rather than on consecutive ones */
    public boolean ratioMode() {
        return failureRatio.isPresent();
    }

    /** @return the outcomes ratio mode's window must hold before it opens: given, or the default */
    public int minimumCallsOrDefault() {
        return minimumCalls.orElse(windowDuration.isPresent() ? DEFAULT_TIME_WINDOW_MINIMUM_CALLS : windowSize);
    }

    /**
     * Checks what depends on several settings at once: in ratio mode, a count window's
     * {@code minimumCalls} must not exceed its {@code windowSize}, or the breaker could never open.
     *
     * @return these settings
     * @throws IllegalArgumentException naming both, when they do not fit
     */
    public BreakerSettings requireConsistent() {
        if (ratioMode() && windowDuration.isEmpty() && minimumCalls.isPresent() && minimumCalls.getAsInt() > windowSize) {
            throw new IllegalArgumentException("minimumCalls = " + minimumCalls.getAsInt() + " is not allowed with windowSize = "
                    + windowSize + ": a count window never holds more than windowSize calls, so it could never open");
        }
        return this;
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
        return new BreakerSettings(failures, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withTimeout(Duration duration) {
        return new BreakerSettings(failureThreshold, duration, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withHalfOpenMaxCalls(int calls) {
        return new BreakerSettings(failureThreshold, timeout, calls, failOn, skipOn, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withFailOn(List<Class<? extends Throwable>> types) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, types, skipOn, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withSkipOn(List<Class<? extends Throwable>> types) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, types, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withEnabled(boolean on) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, on, failureRatio,
                windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withFailureRatio(double ratio) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled,
                OptionalDouble.of(ratio), windowSize, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withWindowSize(int calls) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                calls, windowDuration, minimumCalls, slowCallDuration);
    }

    BreakerSettings withWindowDuration(Duration duration) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                windowSize, Optional.of(ValueRule.requireGiven("windowDuration", duration)), minimumCalls,
                slowCallDuration);
    }

    BreakerSettings withMinimumCalls(int calls) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                windowSize, windowDuration, OptionalInt.of(calls), slowCallDuration);
    }

    BreakerSettings withSlowCallDuration(Duration duration) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls, failOn, skipOn, enabled, failureRatio,
                windowSize, windowDuration, minimumCalls, Optional.of(ValueRule.requireGiven("slowCallDuration", duration)));
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
