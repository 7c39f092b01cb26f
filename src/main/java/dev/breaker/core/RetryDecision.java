package dev.breaker.core;

import dev.breaker.RetrySettings;
import java.util.function.BooleanSupplier;

/**
 * Whether a failed attempt is followed by another: the one rule of synchronous, {@code CompletionStage}
 * and {@code Uni} retries ({@link RetryLoop}, {@link AsyncRetry}, the Mutiny operator).
 *
 * <p>Not for applications.
 */
public final class RetryDecision {
    private RetryDecision() {
    }

    /**
     * @param settings the retry's settings
     * @param attemptsMade attempts made so far, the failed one included
     * @param failure what the failed attempt threw, wrappers removed
     * @param stopWhen asked last: {@code true} when the method's breaker has opened meanwhile
     * @return {@code true} when another attempt follows, after its wait
     */
    public static boolean another(RetrySettings settings, int attemptsMade, Throwable failure,
            BooleanSupplier stopWhen) {
        return attemptsMade < settings.maxAttempts() && settings.isRetryable(failure) && !stopWhen.getAsBoolean();
    }
}
