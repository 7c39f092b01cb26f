package dev.breaker.core;

import dev.breaker.RetrySettings;
import java.util.function.DoubleSupplier;

/**
 * The waits between attempts of a retry: exponential, jittered, capped. Pure arithmetic on doubles,
 * clamped before converting, so no setting (a multiplier of 1000, a thousandth attempt) can overflow.
 */
public final class BackoffSchedule {
    private final RetrySettings settings;
    private final DoubleSupplier random;

    /**
     * @param settings the retry's settings
     * @param random uniform numbers in {@code [0, 1)}; tests pass a fixed sequence
     */
    public BackoffSchedule(RetrySettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    /**
     * @param failedAttempts attempts made so far, at least 1
     * @return milliseconds to wait before the next attempt, from 0 to {@code maxDelayMillis}
     */
    public long delayMillis(int failedAttempts) {
        double max = settings.maxDelayMillis();
        double exponential = settings.baseDelayMillis() * Math.pow(settings.multiplier(), failedAttempts - 1);
        double capped = Math.min(exponential, max); // also tames +Infinity
        double spread = (random.getAsDouble() * 2 - 1) * settings.jitter(); // in [-jitter, +jitter)
        double jittered = capped * (1 + spread);
        return (long) Math.max(0, Math.min(jittered, max));
    }
}
