package dev.breaker.mutiny;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.RetrySettings;
import dev.breaker.core.BackoffSchedule;
import dev.breaker.core.EngineAccess;
import dev.breaker.core.StateMachine;
import dev.breaker.core.WaitScheduler;
import dev.breaker.testing.FakeClock;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Mutiny operators on their own, with a breaker on a fake clock and waits that run when the test
 * says: the exact moments of counting, races of an item with a cancellation, and the retry's waits. The
 * same behaviour through the interceptors is in dev.breaker.cdi.uni.
 */
class MutinyOperatorsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("uni").failureThreshold(2).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).skipOn(IllegalArgumentException.class).clock(clock).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);
    private final AtomicInteger subscriptions = new AtomicInteger();

    private Uni<String> counting(Supplier<String> item) {
        return Uni.createFrom().item(() -> {
            subscriptions.incrementAndGet();
            return item.get();
        });
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> guarded(Uni<T> upstream) {
        return (Uni<T>) MutinyCalls.guard(machine, upstream, null);
    }

    private static <T> UniAssertSubscriber<T> subscribe(Uni<T> uni) {
        return uni.subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private void open() {
        for (int i = 0; i < 2; i++) {
            subscribe(guarded(Uni.createFrom().failure(new IllegalStateException("down"))));
        }
        assertThat(machine.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aUniNeverSubscribedIsNeverCounted() {
        guarded(counting(() -> "never"));
        assertThat(breaker.getMetrics().totalCalls()).isZero();
        assertThat(subscriptions).hasValue(0);
    }

    @Test
    void eachSubscriptionIsOneCallJudgedByItsOutcome() {
        Uni<String> uni = guarded(counting(() -> "ok"));
        subscribe(uni).assertItem("ok");
        subscribe(uni).assertItem("ok");
        subscribe(guarded(Uni.createFrom().failure(new IllegalArgumentException("skipped")))).assertFailedWith(
                IllegalArgumentException.class, "skipped");
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.successCount()).isEqualTo(3);
        assertThat(metrics.failureCount()).isZero();

        subscribe(guarded(Uni.createFrom().failure(new IllegalStateException("down")))).assertFailedWith(
                IllegalStateException.class, "down");
        assertThat(machine.consecutiveFailures()).isEqualTo(1);
        assertThat(subscriptions).hasValue(2);
    }

    @Test
    void aRejectionIsASubscriptionThatFailsNeverAThrowAtAssembly() {
        open();
        Uni<String> uni = guarded(counting(() -> "not run"));
        UniAssertSubscriber<String> rejected = subscribe(uni).assertFailedWith(BreakerOpenException.class);
        assertThat(((BreakerOpenException) rejected.getFailure()).retryAfter()).isEqualTo(TIMEOUT);
        assertThat(subscriptions).hasValue(0);
        assertThat(breaker.getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void theOutcomeIsRecordedBeforeTheSubscriberHearsOfIt() {
        List<CircuitState> seen = new ArrayList<>();
        Uni<String> failing = guarded(Uni.createFrom().failure(new IllegalStateException("down")));
        subscribe(failing);
        failing.subscribe().with(item -> { }, failure -> seen.add(machine.state()));
        assertThat(seen).containsExactly(CircuitState.OPEN);
    }

    @Test
    void aMethodThatThrowsInsteadOfReturningAUniIsAFailureCountedAtSubscription() {
        @SuppressWarnings("unchecked")
        Uni<String> uni = (Uni<String>) MutinyCalls.guard(machine, null, new IllegalStateException("at assembly"));
        assertThat(breaker.getMetrics().totalCalls()).isZero();
        subscribe(uni).assertFailedWith(IllegalStateException.class, "at assembly");
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Uni<String> nothing = (Uni<String>) MutinyCalls.guard(machine, null, null);
        subscribe(nothing).assertFailedWith(NullPointerException.class);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void aSlowSubscriptionIsAFailureTimedFromItsSubscription() {
        CircuitBreaker timed = CircuitBreaker.builder("timed-uni").failureThreshold(5)
                .slowCallDuration(Duration.ofSeconds(1)).clock(clock).build();
        StateMachine timedMachine = EngineAccess.machineOf(timed);
        AtomicReference<UniEmitter<? super String>> emitter = new AtomicReference<>();
        @SuppressWarnings("unchecked")
        Uni<String> uni = (Uni<String>) MutinyCalls.guard(timedMachine,
                Uni.createFrom().<String>emitter(emitter::set), null);
        clock.advance(Duration.ofSeconds(5)); // assembled long before: the call starts at its subscription
        UniAssertSubscriber<String> fast = subscribe(uni);
        emitter.get().complete("fast");
        fast.assertItem("fast");
        assertThat(timed.getMetrics().successCount()).isEqualTo(1);

        UniAssertSubscriber<String> slow = subscribe(uni);
        clock.advance(Duration.ofMillis(1001)); // longer than slowCallDuration
        emitter.get().complete("slow");
        slow.assertItem("slow");
        assertThat(timed.getMetrics().failureCount()).as("slow, though it answered").isEqualTo(1);
    }

    @Test
    void aCancelledSubscriptionCountsAsNothingAndCancelsTheUpstream() {
        AtomicReference<UniEmitter<? super String>> emitter = new AtomicReference<>();
        AtomicInteger upstreamCancelled = new AtomicInteger();
        Uni<String> pending = Uni.createFrom().<String>emitter(emitter::set)
                .onCancellation().invoke(upstreamCancelled::incrementAndGet);
        UniAssertSubscriber<String> subscriber = subscribe(guarded(pending));
        subscriber.cancel();
        subscriber.cancel();
        emitter.get().complete("too late");
        subscriber.assertNotTerminated();
        assertThat(upstreamCancelled).hasValue(1);
        assertThat(breaker.getMetrics().totalCalls()).isZero();
    }

    @Test
    void aCancelledTrialFreesItsPlaceAtOnce() {
        open();
        clock.advance(TIMEOUT);
        Uni<String> hanging = guarded(Uni.createFrom().emitter(emitter -> { }));
        UniAssertSubscriber<String> trial = subscribe(hanging);
        subscribe(guarded(counting(() -> "no place"))).assertFailedWith(BreakerOpenException.class);

        trial.cancel();
        subscribe(guarded(counting(() -> "trial"))).assertItem("trial");
        assertThat(machine.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void anItemRacingACancellationIsRecordedExactlyOnce() throws Exception {
        int rounds = 2_000;
        for (int i = 0; i < rounds; i++) {
            long successesBefore = breaker.getMetrics().successCount();
            AtomicReference<UniEmitter<? super String>> emitter = new AtomicReference<>();
            UniAssertSubscriber<String> subscriber = subscribe(guarded(Uni.createFrom().<String>emitter(emitter::set)));
            CountDownLatch start = new CountDownLatch(1);
            Thread completer = new Thread(() -> {
                awaitQuietly(start);
                emitter.get().complete("raced");
            });
            completer.start();
            start.countDown();
            subscriber.cancel();
            completer.join();
            assertThat(breaker.getMetrics().successCount() - successesBefore)
                    .as("round %d: the item counted once, or the cancellation first and nothing counted", i)
                    .isBetween(0L, 1L);
        }
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.failureCount()).isZero();
        assertThat(metrics.successCount()).isBetween(0L, (long) rounds);
        assertThat(machine.state()).isEqualTo(CircuitState.CLOSED);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits that run only when the test says so, and their delays. */
    private static final class ManualWaits implements WaitScheduler {
        final List<Long> delays = new ArrayList<>();
        final List<Runnable> pending = new ArrayList<>();
        boolean refuse;

        @Override
        public void schedule(Runnable task, long delayMillis) {
            if (refuse) {
                throw new RejectedExecutionException("stopping");
            }
            delays.add(delayMillis);
            pending.add(task);
        }

        void runNext() {
            pending.remove(0).run();
        }
    }

    private final ManualWaits waits = new ManualWaits();
    /** Counts the retries, as the metrics export does. */
    private final AtomicInteger retries = new AtomicInteger();
    private final RetrySettings threeAttempts = new RetrySettings(3, 100, 2.0, 1000, 0, List.of(), List.of());
    private final BackoffSchedule schedule = new BackoffSchedule(threeAttempts, () -> 0.5);

    @SuppressWarnings("unchecked")
    private <T> Uni<T> retried(Uni<T> uni, Supplier<Boolean> stopWhen, RunTracker tracker) {
        return (Uni<T>) MutinyCalls.retry(uni, null, () -> uni, threeAttempts, schedule, waits, stopWhen::get,
                retries::incrementAndGet, tracker);
    }

    private Uni<String> failingTimes(int failures) {
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().item(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt <= failures) {
                throw new IllegalStateException("attempt " + attempt);
            }
            return "attempt " + attempt;
        });
    }

    @Test
    void aRetryResubscribesAfterTheLibrarysBackoffWithoutBlocking() {
        UniAssertSubscriber<String> subscriber = subscribe(retried(failingTimes(2), () -> false, RunTracker.NONE));
        subscriber.assertNotTerminated();
        assertThat(waits.delays).containsExactly(100L);
        waits.runNext();
        assertThat(waits.delays).containsExactly(100L, 200L);
        waits.runNext();
        subscriber.assertItem("attempt 3");
        assertThat(retries).as("each attempt after the first is one retry").hasValue(2);
    }

    @Test
    void aRetryEndsWithTheLastFailureOrAtOnceWhenItIsNotWorthRetrying() {
        UniAssertSubscriber<String> exhausted = subscribe(retried(failingTimes(5), () -> false, RunTracker.NONE));
        waits.runNext();
        waits.runNext();
        exhausted.assertFailedWith(IllegalStateException.class, "attempt 3");

        UniAssertSubscriber<String> rejected = subscribe(retried(
                Uni.createFrom().failure(new BreakerOpenException("x", CircuitState.OPEN, TIMEOUT)), () -> false,
                RunTracker.NONE));
        rejected.assertFailedWith(BreakerOpenException.class);
        assertThat(waits.pending).isEmpty();
    }

    @Test
    void aRetryStopsBetweenAttemptsOnceTheBreakerIsOpen() {
        AtomicInteger asked = new AtomicInteger();
        UniAssertSubscriber<String> subscriber = subscribe(retried(failingTimes(5), () -> asked.incrementAndGet() > 1,
                RunTracker.NONE));
        waits.runNext(); // the breaker opened during the wait
        subscriber.assertFailedWith(IllegalStateException.class, "attempt 1");
    }

    @Test
    void cancellingARetryWhileItWaitsStopsIt() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> failing = Uni.createFrom().failure(() -> new IllegalStateException("attempt "
                + attempts.incrementAndGet()));
        UniAssertSubscriber<String> subscriber = subscribe(retried(failing, () -> false, RunTracker.NONE));
        subscriber.cancel();
        waits.runNext();
        assertThat(attempts).hasValue(1);
        subscriber.assertNotTerminated();
    }

    @Test
    void aRetryWhoseWaitIsRefusedOrThatTheApplicationStopsEndsWithItsLastFailure() {
        waits.refuse = true;
        UniAssertSubscriber<String> refused = subscribe(retried(failingTimes(5), () -> false, RunTracker.NONE));
        refused.assertFailedWith(IllegalStateException.class, "attempt 1");
        assertThat(refused.getFailure().getSuppressed()).hasOnlyElementsOfType(RejectedExecutionException.class);

        waits.refuse = false;
        List<CompletableFuture<Object>> tracked = new ArrayList<>();
        UniAssertSubscriber<String> stopped = subscribe(retried(failingTimes(5), () -> false,
                (run, last) -> tracked.add(run)));
        assertThat(tracked).hasSize(1);
        tracked.get(0).completeExceptionally(new IllegalStateException("stopping"));
        stopped.assertFailedWith(IllegalStateException.class, "stopping");

        UniAssertSubscriber<String> succeeded = subscribe(retried(failingTimes(1), () -> false,
                (run, last) -> tracked.add(run)));
        waits.pending.remove(0); // the stopped run's wait, which never runs
        waits.runNext();
        succeeded.assertItem("attempt 2");
        assertThat(tracked.get(1)).isCompleted(); // no longer in sight once it ended
    }

    @Test
    void aMethodThatThrewIsCalledAgainForEachLaterAttempt() {
        AtomicInteger calls = new AtomicInteger();
        @SuppressWarnings("unchecked")
        Uni<String> uni = (Uni<String>) MutinyCalls.retry(null, new IllegalStateException("call 1"), () -> {
            if (calls.incrementAndGet() < 2) {
                throw new IllegalStateException("call " + (calls.get() + 1));
            }
            return Uni.createFrom().item("call " + (calls.get() + 1));
        }, threeAttempts, schedule, waits, () -> false, retries::incrementAndGet, RunTracker.NONE);
        UniAssertSubscriber<String> subscriber = subscribe(uni);
        waits.runNext();
        waits.runNext();
        subscriber.assertItem("call 3");
    }

    /** A fallback answering every IllegalStateException, with the item or with a Uni of it. */
    private static UniFallback fallback(boolean returnsUni, Object answer) {
        return new UniFallback() {
            @Override
            public Throwable failureOf(Throwable failure) {
                return failure;
            }

            @Override
            public boolean answers(Throwable failure) {
                return failure instanceof IllegalStateException;
            }

            @Override
            public Object answer(Throwable failure) throws Exception {
                if (answer instanceof Exception exception) {
                    throw exception;
                }
                return answer;
            }

            @Override
            public boolean returnsUni() {
                return returnsUni;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Uni<String> withFallback(Uni<String> uni, UniFallback fallback) {
        return (Uni<String>) MutinyCalls.withFallback(uni, null, fallback);
    }

    @Test
    void aFallbackAnswersWithItsItemOrItsUni() {
        Uni<String> failing = Uni.createFrom().failure(new IllegalStateException("down"));
        subscribe(withFallback(failing, fallback(false, "cached"))).assertItem("cached");
        subscribe(withFallback(failing, fallback(true, Uni.createFrom().item("later")))).assertItem("later");
        subscribe(withFallback(failing, fallback(true, Uni.createFrom().failure(new IllegalStateException("also")))))
                .assertFailedWith(IllegalStateException.class, "also");
        subscribe(withFallback(failing, fallback(true, null))).assertFailedWith(NullPointerException.class);
        subscribe(withFallback(failing, fallback(false, new java.io.IOException("fallback failed"))))
                .assertFailedWith(java.io.IOException.class, "fallback failed");
        subscribe(withFallback(Uni.createFrom().item("fine"), fallback(false, "cached"))).assertItem("fine");
        subscribe(withFallback(Uni.createFrom().failure(new IllegalArgumentException("not answered")),
                fallback(false, "cached"))).assertFailedWith(IllegalArgumentException.class, "not answered");
    }

    @Test
    void cancellingAFallbackCancelsTheFallbacksUni() {
        AtomicInteger cancelled = new AtomicInteger();
        Uni<String> hanging = Uni.createFrom().<String>emitter(emitter -> { })
                .onCancellation().invoke(cancelled::incrementAndGet);
        UniAssertSubscriber<String> subscriber = subscribe(withFallback(
                Uni.createFrom().failure(new IllegalStateException("down")), fallback(true, hanging)));
        subscriber.cancel();
        assertThat(cancelled).hasValue(1);
        subscriber.assertNotTerminated();
    }
}
