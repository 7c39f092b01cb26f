package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.breaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * {@code reset()} racing the outcome of the only trial of a HALF_OPEN period. Whichever comes first,
 * the breaker ends CLOSED and admits the next call: a late outcome changes nothing, so it can neither
 * reopen a breaker that was reset nor leave it stuck HALF_OPEN with its permit taken.
 *
 * <p>Results: 1 when CLOSED at the end, 1 when the next call runs, and the state changes counted.
 */
public class ResetRacingTrialTest {
    private ResetRacingTrialTest() {
    }

    /** Opens a breaker with one trial allowed, passes its timeout and admits that trial. */
    abstract static class HalfOpenWithTrialRunning {
        static {
            SilencedEngineLog.install();
        }

        final SteppedClock clock = new SteppedClock();
        final CircuitBreaker breaker = CircuitBreaker.builder("reset-racing-trial")
                .failureThreshold(1)
                .timeout(Duration.ofSeconds(1))
                .halfOpenMaxCalls(1)
                .clock(clock)
                .build();
        final CompletableFuture<Integer> trial = new CompletableFuture<>();

        HalfOpenWithTrialRunning() {
            Calls.fail(breaker);
            clock.advance(Duration.ofSeconds(1));
            if (Calls.admitted(breaker.callAsync(() -> trial)) != 1) {
                throw new AssertionError("the trial was not admitted");
            }
        }

        void outcome(III_Result r) {
            r.r1 = breaker.state() == dev.breaker.CircuitState.CLOSED ? 1 : 0;
            r.r2 = Calls.succeed(breaker);
            r.r3 = (int) breaker.getMetrics().stateChanges();
        }
    }

    /**
     * The trial fails. First: it reopens, then reset closes (4 changes: OPEN, HALF_OPEN, OPEN, CLOSED).
     * Reset first: it closes (3 changes), and the late failure changes nothing.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 4", expect = ACCEPTABLE, desc = "the failure reopened it, then reset closed it")
    @Outcome(id = "1, 1, 3", expect = ACCEPTABLE, desc = "reset closed it; the late failure changed nothing")
    @Outcome(expect = FORBIDDEN, desc = "not CLOSED after reset, or the next call rejected")
    @State
    public static class Failure extends HalfOpenWithTrialRunning {
        /** @param r unused */
        @Actor
        public void reset(III_Result r) {
            breaker.reset();
        }

        /** @param r unused */
        @Actor
        public void trialFails(III_Result r) {
            trial.completeExceptionally(new IllegalStateException("induced trial failure"));
        }

        /** @param r state, next call, state changes */
        @Arbiter
        public void arbiter(III_Result r) {
            outcome(r);
        }
    }

    /**
     * The trial succeeds. First: it closes (3 changes) and reset finds it CLOSED. Reset first: it
     * closes (3 changes) and the late success changes nothing.
     */
    @JCStressTest
    @Outcome(id = "1, 1, 3", expect = ACCEPTABLE, desc = "CLOSED once, by the trial or by reset")
    @Outcome(expect = FORBIDDEN, desc = "not CLOSED, the next call rejected, or closed twice")
    @State
    public static class Success extends HalfOpenWithTrialRunning {
        /** @param r unused */
        @Actor
        public void reset(III_Result r) {
            breaker.reset();
        }

        /** @param r unused */
        @Actor
        public void trialSucceeds(III_Result r) {
            trial.complete(1);
        }

        /** @param r state, next call, state changes */
        @Arbiter
        public void arbiter(III_Result r) {
            outcome(r);
        }
    }
}
