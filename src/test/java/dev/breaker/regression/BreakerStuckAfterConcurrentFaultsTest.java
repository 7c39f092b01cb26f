package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import dev.breaker.testing.FaultyClock;
import dev.breaker.testing.Recovery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 under contention: many threads hammer one breaker through HALF_OPEN periods with failing and
 * succeeding trials while its clock throws a {@code StackOverflowError} at random reads in every thread.
 * Rounds alternate between calls that run through at once and calls that all hold their operation until
 * every thread has been admitted or rejected: then the operations running at once in a period that
 * began HALF_OPEN are at most {@code halfOpenMaxCalls}. Between rounds the counts add up and never go
 * down; after the last, with faults off, a healthy dependency closes the breaker within
 * {@link Recovery#boundFor} steps.
 */
class BreakerStuckAfterConcurrentFaultsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_CALLS = 3;
    private static final int ROUNDS = Integer.getInteger("breaker.faultRounds", 150);
    private static final double FAULT_CHANCE = 0.05;
    private static final Duration[] ADVANCES = {Duration.ZERO, TIMEOUT.dividedBy(2), TIMEOUT, TIMEOUT.multipliedBy(2)};
    private static final Logger BREAKER_LOG = Logger.getLogger("dev.breaker");
    private Level previousLevel;

    @BeforeEach
    void quiet() {
        previousLevel = BREAKER_LOG.getLevel();
        BREAKER_LOG.setLevel(Level.OFF);
    }

    @AfterEach
    void restore() {
        BREAKER_LOG.setLevel(previousLevel);
    }

    /** Thrown by a failing call. */
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("boom", null, false, false);
        }
    }

    /** What the main thread tells the callers about one round. */
    private record Round(boolean holds, CountDownLatch arrived, CountDownLatch release) {
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {16, 64})
    void manyThreadsAndRandomErrorsNeverLeaveTheBreakerStuck(int threads) throws Exception {
        FakeClock time = FakeClock.atZero();
        FaultyClock clock = FaultyClock.over(time);
        CircuitBreaker breaker = CircuitBreaker.builder("hammered").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(MAX_CALLS).clock(clock).build();
        try {
            breaker.run(() -> {
                throw new Boom();
            });
        } catch (Boom expected) {
            // OPEN
        }
        time.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);

        CyclicBarrier start = new CyclicBarrier(threads + 1);
        CyclicBarrier end = new CyclicBarrier(threads + 1);
        AtomicInteger running = new AtomicInteger();
        Round[] rounds = new Round[ROUNDS];
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread caller = new Thread(() -> {
                try {
                    for (Round round : rounds) {
                        start.await(30, TimeUnit.SECONDS);
                        call(breaker, round, running, unexpected);
                        end.await(30, TimeUnit.SECONDS);
                    }
                } catch (Exception broken) {
                    unexpected.add(broken);
                }
            }, "hammer-" + t);
            caller.setDaemon(true); // a failed assertion must not leave callers behind
            callers.add(caller);
        }
        SplittableRandom random = new SplittableRandom(threads);
        for (int r = 0; r < ROUNDS; r++) {
            rounds[r] = new Round(random.nextInt(3) == 0, new CountDownLatch(threads), new CountDownLatch(1));
        }
        clock.failAtRandom(FAULT_CHANCE);
        callers.forEach(Thread::start);

        BreakerMetrics last = clock.quietly(breaker::getMetrics);
        int heldRoundsInHalfOpen = 0;
        int mostAtOnce = 0;
        for (Round round : rounds) {
            CircuitState atStart = clock.quietly(breaker::state);
            start.await(30, TimeUnit.SECONDS);
            if (round.holds()) {
                assertThat(round.arrived().await(30, TimeUnit.SECONDS)).as("every caller admitted or rejected").isTrue();
                int atOnce = running.get();
                if (atStart == CircuitState.HALF_OPEN) {
                    heldRoundsInHalfOpen++;
                    mostAtOnce = Math.max(mostAtOnce, atOnce);
                    assertThat(atOnce).as("trials running at once in one HALF_OPEN period").isLessThanOrEqualTo(MAX_CALLS);
                } else if (atStart == CircuitState.OPEN) {
                    assertThat(atOnce).as("calls admitted while OPEN, the clock standing still").isZero();
                }
                round.release().countDown();
            }
            end.await(30, TimeUnit.SECONDS);
            assertThat(unexpected).isEmpty();
            BreakerMetrics now = clock.quietly(breaker::getMetrics);
            assertThat(now.totalCalls()).isEqualTo(now.successCount() + now.failureCount() + now.rejectedCount());
            assertThat(now.successCount()).isGreaterThanOrEqualTo(last.successCount());
            assertThat(now.failureCount()).isGreaterThanOrEqualTo(last.failureCount());
            assertThat(now.rejectedCount()).isGreaterThanOrEqualTo(last.rejectedCount());
            assertThat(now.stateChanges()).isGreaterThanOrEqualTo(last.stateChanges());
            last = now;
            time.advance(ADVANCES[random.nextInt(ADVANCES.length)]);
        }
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(callers).as("every caller finished").noneMatch(Thread::isAlive);
        clock.noFaults();
        assertThat(unexpected).isEmpty();
        assertThat(clock.faults()).as("Errors injected").isPositive();
        assertThat(heldRoundsInHalfOpen).as("rounds that held trials in a HALF_OPEN period").isPositive();
        System.out.printf("%s, %d threads: %d Errors injected in %d clock reads, %d held rounds began HALF_OPEN"
                + " (at most %d trials at once), %d state changes%n", getClass().getSimpleName(), threads,
                clock.faults(), clock.reads(), heldRoundsInHalfOpen, mostAtOnce, last.stateChanges());

        Recovery.closes(breaker, time, TIMEOUT, MAX_CALLS);
    }

    private static void call(CircuitBreaker breaker, Round round, AtomicInteger running, Queue<Throwable> unexpected) {
        boolean fails = ThreadLocalRandom.current().nextInt(100) < 40;
        boolean[] arrived = {false};
        try {
            breaker.call(() -> {
                running.incrementAndGet();
                arrived[0] = true;
                round.arrived().countDown();
                try {
                    if (round.holds() && !round.release().await(30, TimeUnit.SECONDS)) {
                        throw new AssertionError("never released");
                    }
                } finally {
                    running.decrementAndGet();
                }
                if (fails) {
                    throw new Boom();
                }
                return "ok";
            });
        } catch (Boom | BreakerOpenException | FaultyClock.Injected expected) {
            // a failed trial, a rejection, or an Error in the bookkeeping
        } catch (Throwable other) {
            unexpected.add(other);
        } finally {
            if (!arrived[0]) {
                round.arrived().countDown();
            }
        }
    }
}
