package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Outcomes racing into the count window of a breaker in ratio mode add up: the window (of 100 calls,
 * never full here, ratio 1.0 so it never opens) holds every one of them, each once, as the lifetime
 * counts do. The window is read back through its failure ratio, in millionths: failures over outcomes
 * in the window, so a success lost or counted twice moves it as a failure does (1 failure in 20
 * outcomes is 50000; in 19, 52632; in 21, 47619).
 *
 * <p>Results: the window's failure ratio in millionths, failures counted for the breaker's life,
 * successes counted beyond those made before the race.
 */
public class WindowCountsTest {
    private WindowCountsTest() {
    }

    /** A breaker whose count window holds 18 successes already: the racing outcomes straddle index 20. */
    abstract static class Window {
        static {
            SilencedEngineLog.install();
        }

        static final int PREFILLED = 18;
        final CircuitBreaker breaker = CircuitBreaker.builder("window-counts").failureRatio(1.0).windowSize(100)
                .build();

        Window() {
            for (int i = 0; i < PREFILLED; i++) {
                Calls.succeed(breaker);
            }
        }

        void counts(III_Result r) {
            WindowCountsTest.counts(breaker, PREFILLED, r);
        }
    }

    /**
     * @param breaker the breaker raced on
     * @param successesBefore the successes it counted before the race
     * @param r the window's failure ratio in millionths, failures counted, successes counted in the race
     */
    static void counts(CircuitBreaker breaker, int successesBefore, III_Result r) {
        BreakerMetrics metrics = breaker.getMetrics();
        r.r1 = (int) Math.round(metrics.failureRatio().orElse(-1) * 1_000_000);
        r.r2 = (int) metrics.failureCount();
        r.r3 = (int) metrics.successCount() - successesBefore;
    }

    /** A success and a failure at once. */
    @JCStressTest
    @Outcome(id = "50000, 1, 1", expect = ACCEPTABLE, desc = "both in the window, each once: 1 failure in 20")
    @Outcome(expect = FORBIDDEN, desc = "an outcome lost or counted twice")
    @State
    public static class SuccessAndFailure extends Window {
        /** @param r unused */
        @Actor
        public void success(III_Result r) {
            Calls.succeed(breaker);
        }

        /** @param r unused */
        @Actor
        public void failure(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r the counts */
        @Arbiter
        public void arbiter(III_Result r) {
            counts(r);
        }
    }

    /** Two failures at once. */
    @JCStressTest
    @Outcome(id = "100000, 2, 0", expect = ACCEPTABLE, desc = "both in the window, each once: 2 failures in 20")
    @Outcome(expect = FORBIDDEN, desc = "a failure lost or counted twice")
    @State
    public static class TwoFailures extends Window {
        /** @param r unused */
        @Actor
        public void first(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r unused */
        @Actor
        public void second(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r the counts */
        @Arbiter
        public void arbiter(III_Result r) {
            counts(r);
        }
    }

    /**
     * A failure on one thread, a success then a failure on the other (two actors: this machine has two
     * CPUs). A failure takes its place in the window from the successes counted so far plus the failures
     * before it, read one after the other: the other thread's success counted between the two reads of the
     * first failure, and its failure in between too, can give both failures one place.
     */
    @JCStressTest
    @Outcome(id = "95238, 2, 1", expect = ACCEPTABLE, desc = "all three in the window, each once: 2 failures in 21")
    @Outcome(expect = FORBIDDEN, desc = "an outcome lost or counted twice (two failures given one place must not"
            + " share it: the second takes the next)")
    @State
    public static class TwoFailuresAndASuccess extends Window {
        /** @param r unused */
        @Actor
        public void failure(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r unused */
        @Actor
        public void successThenFailure(III_Result r) {
            Calls.succeed(breaker);
            Calls.fail(breaker);
        }

        /** @param r the counts */
        @Arbiter
        public void arbiter(III_Result r) {
            counts(r);
        }
    }

    /**
     * Two failures at once into a time window, at the first moment of a new bucket: both race to claim the
     * bucket's slot. TimeWindow's Javadoc accepts that an outcome counted in the same instant as the claim
     * may be lost ("the window is a rate, not a ledger"); API.md says each counted call's outcome enters
     * the window. Reported as interesting, for the maintainers to decide.
     */
    @JCStressTest
    @Outcome(id = "500000, 2, 0", expect = ACCEPTABLE, desc = "both in the window: 2 failures in 4")
    @Outcome(id = "333333, 2, 0", expect = ACCEPTABLE_INTERESTING, desc = "a failure lost while its bucket was claimed")
    @Outcome(expect = FORBIDDEN, desc = "a failure counted twice, or both lost")
    @State
    public static class TimeWindowNewBucket {
        static {
            SilencedEngineLog.install();
        }

        private final SteppedClock clock = new SteppedClock();
        private final CircuitBreaker breaker = CircuitBreaker.builder("time-window-counts").failureRatio(1.0)
                .windowDuration(java.time.Duration.ofMinutes(1)).minimumCalls(1_000).clock(clock).build();

        /**
         * Two successes in an earlier bucket of the same window (so the window's ratio tells how many
         * failures it holds: with failures alone it would be 1.0 whether it held one or two), then the
         * clock moves into a bucket no outcome has claimed yet.
         */
        public TimeWindowNewBucket() {
            Calls.succeed(breaker);
            Calls.succeed(breaker);
            clock.advance(java.time.Duration.ofMillis(1_500));
        }

        /** @param r unused */
        @Actor
        public void first(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r unused */
        @Actor
        public void second(III_Result r) {
            Calls.fail(breaker);
        }

        /** @param r the window's failure ratio in millionths, failures counted, successes beyond the two before */
        @Arbiter
        public void arbiter(III_Result r) {
            counts(breaker, 2, r);
        }
    }
}
