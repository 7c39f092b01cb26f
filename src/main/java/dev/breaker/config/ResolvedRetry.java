package dev.breaker.config;

import dev.breaker.RetrySettings;
import java.util.List;

/**
 * Everything one {@code @RetryWithBackoff} method runs with, after configuration, annotation and
 * defaults have been weighed. The throwable types are not here: configuration cannot change them, so
 * they come straight from the annotation when the settings are built.
 *
 * @param name the retry's name, {@code <fully.qualified.Class>.<method>}
 * @param maxAttempts attempts in all
 * @param baseDelayMillis wait before the second attempt
 * @param multiplier growth of each further wait
 * @param maxDelayMillis cap of every wait
 * @param jitter random variation of each wait, as a fraction of it
 * @param enabled {@code false}: one attempt, never retried
 */
public record ResolvedRetry(String name, int maxAttempts, long baseDelayMillis, double multiplier,
        long maxDelayMillis, double jitter, boolean enabled) {

    /**
     * @param retryOn the annotation's {@code retryOn} types
     * @param abortOn the annotation's {@code abortOn} types
     * @return the engine's settings
     */
    public RetrySettings toRetrySettings(List<Class<? extends Throwable>> retryOn,
            List<Class<? extends Throwable>> abortOn) {
        return new RetrySettings(maxAttempts, baseDelayMillis, multiplier, maxDelayMillis, jitter, retryOn, abortOn);
    }
}
