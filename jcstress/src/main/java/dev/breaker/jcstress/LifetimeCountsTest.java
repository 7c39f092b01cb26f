package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
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
 * Outcomes racing on a fresh breaker never lose a lifetime count. The breaker creates each counter on
 * its first count, so these are also races to create it.
 */
public class LifetimeCountsTest {
    private LifetimeCountsTest() {
    }

    /** A success and a failure at once: one of each is counted, and the total is their sum. */
    @JCStressTest
    @Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "both counted")
    @Outcome(expect = FORBIDDEN, desc = "a count lost, or the total disagrees")
    @State
    public static class SuccessAndFailure {
        static {
            SilencedEngineLog.install();
        }

        private final CircuitBreaker breaker = CircuitBreaker.builder("success-and-failure").build();

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

        /** @param r successes, failures and total calls */
        @Arbiter
        public void counts(III_Result r) {
            BreakerMetrics metrics = breaker.getMetrics();
            r.r1 = (int) metrics.successCount();
            r.r2 = (int) metrics.failureCount();
            r.r3 = (int) metrics.totalCalls();
        }
    }

    /** The first two successes at once: both counted, and the last success has a time. */
    @JCStressTest
    @Outcome(id = "2, 2, 1", expect = ACCEPTABLE, desc = "both counted, stamped")
    @Outcome(expect = FORBIDDEN, desc = "a success lost, or no time of the last success")
    @State
    public static class FirstSuccesses {
        static {
            SilencedEngineLog.install();
        }

        private final CircuitBreaker breaker = CircuitBreaker.builder("first-successes").build();

        /** @param r unused */
        @Actor
        public void first(III_Result r) {
            Calls.succeed(breaker);
        }

        /** @param r unused */
        @Actor
        public void second(III_Result r) {
            Calls.succeed(breaker);
        }

        /** @param r successes, total calls, and 1 when the last success has a time */
        @Arbiter
        public void counts(III_Result r) {
            BreakerMetrics metrics = breaker.getMetrics();
            r.r1 = (int) metrics.successCount();
            r.r2 = (int) metrics.totalCalls();
            r.r3 = metrics.lastSuccessTime().isPresent() ? 1 : 0;
        }
    }
}
