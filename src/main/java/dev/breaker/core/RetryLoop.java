package dev.breaker.core;

import dev.breaker.RetrySettings;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * Runs a synchronous operation up to {@code maxAttempts} times, waiting the backoff schedule between
 * attempts. A failure that is not retryable, or the last attempt's failure, is thrown as it was thrown.
 * An interrupted wait ends the attempts: the interrupt flag is set again and the last failure thrown.
 * So does {@code stopWhen} turning true between attempts (the method's breaker opened meanwhile: more
 * attempts would only add load to a dependency known to be down).
 */
public final class RetryLoop {
    private final RetrySettings settings;
    private final BackoffSchedule schedule;
    private final Sleeper sleeper;
    private final BooleanSupplier stopWhen;
    private final Runnable beforeRetry;

    /**
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param sleeper how to wait
     */
    public RetryLoop(RetrySettings settings, BackoffSchedule schedule, Sleeper sleeper) {
        this(settings, schedule, sleeper, () -> false);
    }

    /**
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param sleeper how to wait
     * @param stopWhen asked before and after each wait; {@code true} ends the attempts
     */
    public RetryLoop(RetrySettings settings, BackoffSchedule schedule, Sleeper sleeper, BooleanSupplier stopWhen) {
        this(settings, schedule, sleeper, stopWhen, () -> { });
    }

    /**
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param sleeper how to wait
     * @param stopWhen asked before and after each wait; {@code true} ends the attempts
     * @param beforeRetry run just before each attempt after the first (it counts retries): never on a
     *     call whose first attempt succeeds
     */
    public RetryLoop(RetrySettings settings, BackoffSchedule schedule, Sleeper sleeper, BooleanSupplier stopWhen,
            Runnable beforeRetry) {
        this.settings = settings;
        this.schedule = schedule;
        this.sleeper = sleeper;
        this.stopWhen = stopWhen;
        this.beforeRetry = beforeRetry;
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
                if (!RetryDecision.another(settings, attempts, Throwables.unwrap(failure), stopWhen)) {
                    throw failure;
                }
                try {
                    sleeper.sleep(schedule.delayMillis(attempts));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                if (stopWhen.getAsBoolean()) {
                    throw failure;
                }
                beforeRetry.run();
            }
        }
    }
}
