package dev.breaker;

import dev.breaker.core.ThrowableRule;
import dev.breaker.core.ValueRule;
import java.util.List;

/**
 * The validated settings of a retry with exponential backoff, whatever their source (a {@link
 * RetryWithBackoff} annotation and MicroProfile Config). Immutable.
 *
 * <p>The wait before attempt {@code n + 1} is {@code baseDelayMillis * multiplier^(n - 1)}, varied at
 * random by up to {@code jitter} of itself, and never longer than {@code maxDelayMillis}.
 *
 * @param maxAttempts attempts in all, the first included, at least 1
 * @param baseDelayMillis wait before the second attempt, at least 0
 * @param multiplier each further wait is the one before times this, at least 1 (and finite)
 * @param maxDelayMillis no wait is longer, jitter included, at least 0
 * @param jitter each wait varies at random by up to this fraction of itself, 0 to 1
 * @param retryOn throwable types worth another attempt; empty means every {@link Exception}
 * @param abortOn throwable types that end the attempts at once; wins over {@code retryOn}
 */
public record RetrySettings(
        int maxAttempts,
        long baseDelayMillis,
        double multiplier,
        long maxDelayMillis,
        double jitter,
        List<Class<? extends Throwable>> retryOn,
        List<Class<? extends Throwable>> abortOn) {

    /** The built-in default of {@code maxAttempts}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The built-in default of {@code baseDelayMillis}. */
    public static final long DEFAULT_BASE_DELAY_MILLIS = 1000;
    /** The built-in default of {@code multiplier}. */
    public static final double DEFAULT_MULTIPLIER = 2.0;
    /** The built-in default of {@code maxDelayMillis}. */
    public static final long DEFAULT_MAX_DELAY_MILLIS = 30_000;
    /** The built-in default of {@code jitter}. */
    public static final double DEFAULT_JITTER = 0.2;

    /**
     * Checks every value; an invalid one throws {@link IllegalArgumentException} naming it.
     *
     * @param maxAttempts attempts in all, the first included, at least 1
     * @param baseDelayMillis wait before the second attempt, at least 0
     * @param multiplier each further wait is the one before times this, at least 1 (and finite)
     * @param maxDelayMillis no wait is longer, jitter included, at least 0
     * @param jitter each wait varies at random by up to this fraction of itself, 0 to 1
     * @param retryOn throwable types worth another attempt; empty means every {@link Exception}
     * @param abortOn throwable types that end the attempts at once; wins over {@code retryOn}
     */
    public RetrySettings {
        ValueRule.COUNT.require("maxAttempts", maxAttempts);
        ValueRule.DELAY_MILLIS.require("baseDelayMillis", baseDelayMillis);
        ValueRule.MULTIPLIER.require("multiplier", multiplier);
        ValueRule.DELAY_MILLIS.require("maxDelayMillis", maxDelayMillis);
        ValueRule.FRACTION.require("jitter", jitter);
        retryOn = List.copyOf(ValueRule.requireGiven("retryOn", retryOn));
        abortOn = List.copyOf(ValueRule.requireGiven("abortOn", abortOn));
    }

    /** @return the built-in defaults: 3 attempts, 1 s then doubling, at most 30 s, 20% jitter */
    public static RetrySettings defaults() {
        return new RetrySettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY_MILLIS, DEFAULT_MULTIPLIER,
                DEFAULT_MAX_DELAY_MILLIS, DEFAULT_JITTER, List.of(), List.of());
    }

    /**
     * Decides whether a failure is worth another attempt: never a {@link BreakerOpenException} (the
     * breaker said the dependency is down; asking again at once only adds load), never an
     * {@link InterruptedException} (someone wants the caller's thread back: {@code Future.cancel(true)},
     * {@code shutdownNow()}), nor an {@code abortOn} type; otherwise a {@code retryOn} type, or any
     * {@link Exception} when {@code retryOn} is empty.
     *
     * @param failure what the attempt threw, wrappers removed
     * @return {@code true} when another attempt may follow
     */
    public boolean isRetryable(Throwable failure) {
        return !(failure instanceof BreakerOpenException) && !(failure instanceof InterruptedException)
                && ThrowableRule.selects(failure, retryOn, abortOn, Exception.class);
    }
}
