package dev.breaker.core;

import dev.breaker.RetrySettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Retries an operation that returns a {@link CompletionStage}, waiting on a {@link WaitScheduler} so
 * that no thread is blocked between attempts. The returned stage completes with the first success,
 * or with the last failure (wrappers removed). Cancelling it stops further attempts; so does
 * {@code stopWhen} turning true between attempts (the method's breaker opened meanwhile).
 *
 * @param <T> the result type
 */
public final class AsyncRetry<T> {
    private final RetrySettings settings;
    private final BackoffSchedule schedule;
    private final WaitScheduler scheduler;
    private final Supplier<? extends CompletionStage<T>> attempt;
    private final BooleanSupplier stopWhen;
    private final Runnable beforeRetry;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    /** The latest attempt's failure, wrappers removed: what the run ends with when it stops between attempts. */
    private volatile Throwable lastFailure;

    private AsyncRetry(RetrySettings settings, BackoffSchedule schedule, WaitScheduler scheduler,
            Supplier<? extends CompletionStage<T>> attempt, BooleanSupplier stopWhen, Runnable beforeRetry) {
        this.settings = settings;
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.attempt = attempt;
        this.stopWhen = stopWhen;
        this.beforeRetry = beforeRetry;
    }

    /**
     * Starts the first attempt at once, in the calling thread.
     *
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param scheduler where the waits happen
     * @param attempt one attempt of the operation
     * @param <T> the result type
     * @return the stage of the whole run of attempts
     */
    public static <T> CompletableFuture<T> start(RetrySettings settings, BackoffSchedule schedule,
            WaitScheduler scheduler, Supplier<? extends CompletionStage<T>> attempt) {
        return start(settings, schedule, scheduler, attempt, () -> false);
    }

    /**
     * Starts the first attempt at once, in the calling thread.
     *
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param scheduler where the waits happen
     * @param attempt one attempt of the operation
     * @param stopWhen asked before and after each wait; {@code true} ends the run with the last failure
     * @param <T> the result type
     * @return the stage of the whole run of attempts
     */
    public static <T> CompletableFuture<T> start(RetrySettings settings, BackoffSchedule schedule,
            WaitScheduler scheduler, Supplier<? extends CompletionStage<T>> attempt, BooleanSupplier stopWhen) {
        return start(settings, schedule, scheduler, attempt, stopWhen, () -> { });
    }

    /**
     * Starts the first attempt at once, in the calling thread.
     *
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param scheduler where the waits happen
     * @param attempt one attempt of the operation
     * @param stopWhen asked before and after each wait; {@code true} ends the run with the last failure
     * @param beforeRetry run just before each attempt after the first (it counts retries): never on a run
     *     whose first attempt succeeds
     * @param <T> the result type
     * @return the stage of the whole run of attempts
     */
    public static <T> CompletableFuture<T> start(RetrySettings settings, BackoffSchedule schedule,
            WaitScheduler scheduler, Supplier<? extends CompletionStage<T>> attempt, BooleanSupplier stopWhen,
            Runnable beforeRetry) {
        AsyncRetry<T> retry = new AsyncRetry<>(settings, schedule, scheduler, attempt, stopWhen, beforeRetry);
        retry.attempt(1);
        return retry.result;
    }

    private void attempt(int number) {
        if (result.isDone()) {
            return; // cancelled by the caller meanwhile
        }
        if (number > 1) {
            if (stopWhen.getAsBoolean()) {
                result.completeExceptionally(lastFailure);
                return;
            }
            beforeRetry.run();
        }
        CompletionStage<T> stage;
        try {
            stage = attempt.get();
            if (stage == null) {
                throw new NullPointerException("the operation returned null instead of a CompletionStage");
            }
        } catch (Throwable thrown) {
            onFailure(number, thrown);
            return;
        }
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                onFailure(number, failure);
            }
        });
    }

    private void onFailure(int number, Throwable thrown) {
        Throwable failure = Throwables.unwrap(thrown);
        lastFailure = failure;
        if (!RetryDecision.another(settings, number, failure, stopWhen)) {
            result.completeExceptionally(failure);
            return;
        }
        try {
            scheduler.schedule(() -> attempt(number + 1), schedule.delayMillis(number));
        } catch (RejectedExecutionException shutDown) {
            // The application is stopping: give up with the failure we have rather than hang.
            failure.addSuppressed(shutDown);
            result.completeExceptionally(failure);
        }
    }
}
