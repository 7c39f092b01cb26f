package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.core.SystemClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system clock's recent readings come from one daemon thread, {@code breaker-clock}, for the whole
 * library: it runs while breakers are called, ends about a second after the last call, is one thread
 * however many breakers and callers, and the time of the last success it stamps stays within a few
 * milliseconds of the wall clock.
 */
class ClockThreadTest {
    private static final String NAME = "breaker-clock";

    static List<Thread> clockThreads() {
        List<Thread> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(NAME) && thread.isAlive()) {
                found.add(thread);
            }
        }
        return found;
    }

    /** Starts from no thread, whatever earlier tests in this JVM did. */
    @BeforeEach
    void noClockThread() {
        SystemClock.INSTANCE.stopTicking();
        await().atMost(Duration.ofSeconds(2)).until(() -> clockThreads().isEmpty());
        assertThat(SystemClock.INSTANCE.isTicking()).isFalse();
    }

    private static CircuitBreaker[] breakers(int count) {
        CircuitBreaker[] breakers = new CircuitBreaker[count];
        for (int i = 0; i < count; i++) {
            breakers[i] = CircuitBreaker.builder("system-" + i).build();
        }
        return breakers;
    }

    private static void succeed(CircuitBreaker breaker) {
        breaker.run(() -> { });
    }

    @Test
    void oneDaemonThreadRunsWhileBreakersAreCalledAndEndsAboutASecondAfterTheLastCall() {
        CircuitBreaker[] breakers = breakers(20);
        AtomicLong calls = new AtomicLong();
        List<String> wrong = new ArrayList<>();
        // Calls every few milliseconds for 2.5 s, longer than the thread's idle check (1 s): it stays, alone.
        await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    succeed(breakers[(int) (calls.getAndIncrement() % breakers.length)]);
                    List<Thread> threads = clockThreads();
                    if (threads.size() != 1 || !threads.get(0).isDaemon() || !SystemClock.INSTANCE.isTicking()) {
                        wrong.add("after call " + calls.get() + ": " + threads);
                    }
                    return true;
                });
        assertThat(wrong).as("one daemon thread all along").isEmpty();
        assertThat(calls.get()).isGreaterThan(100);
        Thread ticking = clockThreads().get(0);
        assertThat(ticking.getContextClassLoader()).as("it must not pin whoever started it").isNull();

        long lastCall = System.nanoTime();
        succeed(breakers[0]);
        await().atLeast(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> clockThreads().isEmpty());
        Duration idle = Duration.ofNanos(System.nanoTime() - lastCall);
        assertThat(SystemClock.INSTANCE.isTicking()).isFalse();
        assertThat(ticking.isAlive()).isFalse();
        assertThat(idle).as("about a second (at most two idle checks) after the last call")
                .isLessThan(Duration.ofMillis(3_500));

        succeed(breakers[1]);
        assertThat(clockThreads()).as("the next call starts it again").hasSize(1);
    }

    @Test
    void callsThatNeverReadTheRecentClockDoNotStartIt() {
        CircuitBreaker breaker = CircuitBreaker.builder("failing").failureThreshold(1_000).build();
        for (int i = 0; i < 10; i++) {
            try {
                breaker.run(() -> {
                    throw new IllegalStateException("failed");
                });
            } catch (IllegalStateException expected) {
                // a failure is stamped with the exact wall clock
            }
        }
        breaker.getMetrics();
        breaker.state();
        assertThat(clockThreads()).isEmpty();
    }

    @Test
    void oneThreadHoweverManyBreakersAndCallersRaceToStartIt() throws Exception {
        CircuitBreaker[] breakers = breakers(200);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            for (int round = 0; round < 3; round++) {
                SystemClock.INSTANCE.stopTicking();
                await().atMost(Duration.ofSeconds(2)).until(() -> clockThreads().isEmpty());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < callers; c++) {
                    int caller = c;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < breakers.length; i++) {
                            succeed(breakers[(i + caller * 25) % breakers.length]);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
                assertThat(clockThreads()).as("round %d", round).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastSuccessIsStampedWithinAFewMillisecondsOfTheWallClock() {
        CircuitBreaker breaker = CircuitBreaker.builder("stamped").build();
        List<Long> staleness = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        // The first call finds no thread and reads the clocks itself; the others read the thread's readings.
        await().during(Duration.ofMillis(2_000)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                .until(() -> {
                    long before = System.currentTimeMillis();
                    succeed(breaker);
                    long after = System.currentTimeMillis();
                    long stamped = breaker.getMetrics().lastSuccessTime().map(Instant::toEpochMilli).orElseThrow();
                    staleness.add(before - stamped);
                    if (stamped > after) {
                        wrong.add("stamped " + stamped + " after the call ended at " + after);
                    }
                    return true;
                });
        staleness.sort(null);
        String distribution = staleness.size() + " calls: median " + staleness.get(staleness.size() / 2) + " ms, p99 "
                + staleness.get(staleness.size() * 99 / 100) + " ms, max " + staleness.get(staleness.size() - 1) + " ms";
        assertThat(wrong).as("never stamped in the future").isEmpty();
        // Refreshed every millisecond: typically 0 to 2 ms behind; on a starved machine the thread may run late
        // (tens of milliseconds were seen with two busy cores), but a reading no one refreshes would fall
        // behind by the whole run.
        assertThat(staleness.get(staleness.size() / 2)).as(distribution).isLessThanOrEqualTo(2);
        assertThat(staleness.get(staleness.size() - 1)).as(distribution).isLessThan(500);
    }
}
