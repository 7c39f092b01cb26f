package dev.breaker.core;

import dev.breaker.RetrySettings;
import java.util.concurrent.Callable;

/**
 * Runs a synchronous operation up to {@code maxAttempts} times, waiting the backoff schedule between
 * attempts. A failure that is not retryable, or the last attempt's failure, is thrown as it was thrown.
 * An interrupted wait ends the attempts: the interrupt flag is set again and the last failure thrown.
 */
public final class RetryLoop {
    private final RetrySettings settings;
    private final BackoffSchedule schedule;
    private final Sleeper sleeper;

    /**
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param sleeper how to wait
     */
    public RetryLoop(RetrySettings settings, BackoffSchedule schedule, Sleeper sleeper) {
        this.settings = settings;
        this.schedule = schedule;
        this.sleeper = sleeper;
    }

    /**
     * @param attempt one attempt of the operation
     * @param <T> its result type
     * @return the first successful attempt's result
     * @throws Exception the last attempt's failure, or the first one not worth retrying
     */
    public <T> T call(Callable<T> attempt) throws Exception {
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.call();
            } catch (Throwable failure) {
                if (attempts >= settings.maxAttempts() || !settings.isRetryable(Throwables.unwrap(failure))) {
                    throw failure;
                }
                try {
                    sleeper.sleep(schedule.delayMillis(attempts));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }
}
