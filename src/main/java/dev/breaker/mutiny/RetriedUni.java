package dev.breaker.mutiny;

import dev.breaker.RetrySettings;
import dev.breaker.core.BackoffSchedule;
import dev.breaker.core.RetryDecision;
import dev.breaker.core.Throwables;
import dev.breaker.core.WaitScheduler;
import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * A {@code Uni} retried with the library's backoff: each subscription is a run of attempts, each attempt
 * a subscription of the method's {@code Uni}. A failed attempt worth another one waits on a
 * {@link WaitScheduler} (no thread is blocked meanwhile) and then resubscribes, on the scheduler's
 * thread. The run ends with the first item, or with the last failure as the attempt failed with; a
 * failure that is not retryable ends it at once; so does the method's breaker being OPEN between
 * attempts ({@code stopWhen}). Cancelling the subscription cancels the attempt under way, or stops the
 * run while it waits. Waits are the same as for synchronous and {@code CompletionStage} methods
 * ({@link BackoffSchedule}), not Mutiny's {@code withBackOff}.
 *
 * @param <T> the item type
 */
final class RetriedUni<T> extends AbstractUni<T> {
    private final IntFunction<Uni<T>> attempts;
    private final RetrySettings settings;
    private final BackoffSchedule schedule;
    private final WaitScheduler scheduler;
    private final BooleanSupplier stopWhen;
    private final Runnable beforeRetry;
    private final RunTracker tracker;

    /**
     * @param attempts the {@code Uni} of each attempt, by number from 1
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param scheduler where the waits happen
     * @param stopWhen asked before and after each wait; {@code true} ends the run with the last failure
     * @param beforeRetry run as each attempt after the first starts: it counts the retry
     * @param tracker told of each run that waits, so that stopping the application can end it
     */
    RetriedUni(IntFunction<Uni<T>> attempts, RetrySettings settings, BackoffSchedule schedule,
            WaitScheduler scheduler, BooleanSupplier stopWhen, Runnable beforeRetry, RunTracker tracker) {
        this.attempts = attempts;
        this.settings = settings;
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.stopWhen = stopWhen;
        this.beforeRetry = beforeRetry;
        this.tracker = tracker;
    }

    @Override
    public void subscribe(UniSubscriber<? super T> downstream) {
        Run run = new Run(downstream);
        downstream.onSubscribe(run);
        run.attempt(1);
    }

    /** One subscription: a run of attempts. */
    private final class Run implements UniSubscription {
        private final UniSubscriber<? super T> downstream;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile boolean cancelled;
        private volatile UniSubscription current;
        private volatile Throwable lastFailure;
        /** Created when the run first waits; completed when it ends, or, by the tracker, when the application stops. */
        private volatile CompletableFuture<Object> waiting;

        Run(UniSubscriber<? super T> downstream) {
            this.downstream = downstream;
        }

        void attempt(int number) {
            if (cancelled || ended.get()) {
                return;
            }
            if (number > 1) {
                if (stopWhen.getAsBoolean()) {
                    fail(lastFailure);
                    return;
                }
                beforeRetry.run();
            }
            Uni<T> uni;
            try {
                uni = attempts.apply(number);
            } catch (Throwable thrown) {
                onAttemptFailed(number, thrown);
                return;
            }
            AbstractUni.subscribe(uni, new Attempt(number));
        }

        void onAttemptFailed(int number, Throwable failure) {
            lastFailure = failure;
            if (!RetryDecision.another(settings, number, Throwables.unwrap(failure), stopWhen)) {
                fail(failure);
                return;
            }
            if (cancelled) {
                return;
            }
            track();
            try {
                scheduler.schedule(() -> attempt(number + 1), schedule.delayMillis(number));
            } catch (RejectedExecutionException shutDown) {
                // The application is stopping: end with the failure we have rather than hang.
                failure.addSuppressed(shutDown);
                fail(failure);
            }
        }

        void succeed(T item) {
            if (ended.compareAndSet(false, true)) {
                untrack();
                downstream.onItem(item);
            }
        }

        void fail(Throwable failure) {
            if (ended.compareAndSet(false, true)) {
                untrack();
                downstream.onFailure(failure);
            }
        }

        private void track() {
            if (waiting == null) {
                CompletableFuture<Object> stopped = new CompletableFuture<>();
                waiting = stopped;
                stopped.whenComplete((value, failure) -> {
                    if (failure != null) {
                        fail(failure); // the application stopped while the run waited
                    }
                });
                tracker.track(stopped, () -> lastFailure);
            }
        }

        private void untrack() {
            CompletableFuture<Object> stopped = waiting;
            if (stopped != null) {
                stopped.complete(null);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            UniSubscription subscription = current;
            if (subscription != null) {
                subscription.cancel();
            }
            if (ended.compareAndSet(false, true)) {
                untrack();
            }
        }

        /** One attempt's subscription. */
        private final class Attempt implements UniSubscriber<T> {
            private final int number;

            Attempt(int number) {
                this.number = number;
            }

            @Override
            public Context context() {
                return downstream.context();
            }

            @Override
            public void onSubscribe(UniSubscription subscription) {
                current = subscription;
                if (cancelled) {
                    subscription.cancel();
                }
            }

            @Override
            public void onItem(T item) {
                succeed(item);
            }

            @Override
            public void onFailure(Throwable failure) {
                onAttemptFailed(number, failure);
            }
        }
    }
}
