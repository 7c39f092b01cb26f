package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Two failures at once on a breaker in ratio mode (ratio 0.5, minimum 4 calls) whose window already holds
 * two successes: together they make 2 failures of 4, so the breaker opens, exactly once (one CLOSED to
 * OPEN event, one state change), and both count. Once with a count window, once with a time window on a
 * clock that does not move (both failures land in the bucket the successes opened).
 *
 * <p>Results: OPEN events heard, failures counted, state changes counted, and 1 when OPEN at the end.
 */
public class RatioOpensOnceTest {
    private RatioOpensOnceTest() {
    }

    /** Where the two tests differ: the window. */
    abstract static class TwoFailures {
        static {
            SilencedEngineLog.install();
        }

        private final AtomicInteger openings = new AtomicInteger();
        private final CircuitBreaker breaker;

        TwoFailures(CircuitBreaker.Builder window) {
            breaker = window.failureRatio(0.5).minimumCalls(4).clock(new SteppedClock())
                    .listener(change -> {
                        if (change.from() == CircuitState.CLOSED && change.to() == CircuitState.OPEN) {
                            openings.incrementAndGet();
                        }
                    })
                    .build();
            Calls.succeed(breaker);
            Calls.succeed(breaker);
        }

        void fail() {
            Calls.fail(breaker);
        }

        void outcome(IIII_Result r) {
            BreakerMetrics metrics = breaker.getMetrics();
            r.r1 = openings.get();
            r.r2 = (int) metrics.failureCount();
            r.r3 = (int) metrics.stateChanges();
            r.r4 = metrics.state() == CircuitState.OPEN ? 1 : 0;
        }
    }

    /**
     * The last four calls. Never opening was a bug of the count window, each failure deciding before it
     * could see the other's mark; each now decides after marking, from the count read then.
     */
    @JCStressTest
    @Outcome(id = "1, 2, 1, 1", expect = ACCEPTABLE, desc = "opened once, both failures counted")
    @Outcome(expect = FORBIDDEN, desc = "never opened though 2 of 4 failed, opened twice, or a failure lost")
    @State
    public static class CountWindow extends TwoFailures {
        public CountWindow() {
            super(CircuitBreaker.builder("ratio-opens-once-count").windowSize(4));
        }

        /** @param r unused: the failure is read by the arbiter */
        @Actor
        public void first(IIII_Result r) {
            fail();
        }

        /** @param r unused: the failure is read by the arbiter */
        @Actor
        public void second(IIII_Result r) {
            fail();
        }

        /** @param r the events, counts and state after both failures */
        @Arbiter
        public void arbiter(IIII_Result r) {
            outcome(r);
        }
    }

    /** The calls of the last minute. */
    @JCStressTest
    @Outcome(id = "1, 2, 1, 1", expect = ACCEPTABLE, desc = "opened once, both failures counted")
    @Outcome(expect = FORBIDDEN, desc = "opened twice or never, or a failure lost")
    @State
    public static class TimeWindow extends TwoFailures {
        public TimeWindow() {
            super(CircuitBreaker.builder("ratio-opens-once-time").windowDuration(Duration.ofMinutes(1)));
        }

        /** @param r unused: the failure is read by the arbiter */
        @Actor
        public void first(IIII_Result r) {
            fail();
        }

        /** @param r unused: the failure is read by the arbiter */
        @Actor
        public void second(IIII_Result r) {
            fail();
        }

        /** @param r the events, counts and state after both failures */
        @Arbiter
        public void arbiter(IIII_Result r) {
            outcome(r);
        }
    }
}
