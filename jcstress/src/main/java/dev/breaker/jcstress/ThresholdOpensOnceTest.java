package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Two failures at once on a CLOSED breaker whose threshold is two: together they reach it, so the
 * breaker opens, exactly once (one CLOSED to OPEN event, one state change), and both count.
 *
 * <p>Results: OPEN events heard, failures counted, state changes counted, and 1 when OPEN at the end.
 */
@JCStressTest
@Outcome(id = "1, 2, 1, 1", expect = ACCEPTABLE, desc = "opened once, both failures counted")
@Outcome(expect = FORBIDDEN, desc = "opened twice or never, or a failure lost")
@State
public class ThresholdOpensOnceTest {
    static {
        SilencedEngineLog.install();
    }

    private final AtomicInteger openings = new AtomicInteger();
    private final CircuitBreaker breaker = CircuitBreaker.builder("threshold-opens-once")
            .failureThreshold(2)
            .listener(change -> {
                if (change.from() == CircuitState.CLOSED && change.to() == CircuitState.OPEN) {
                    openings.incrementAndGet();
                }
            })
            .build();

    /** @param r unused: the failure is read by the arbiter */
    @Actor
    public void first(IIII_Result r) {
        Calls.fail(breaker);
    }

    /** @param r unused: the failure is read by the arbiter */
    @Actor
    public void second(IIII_Result r) {
        Calls.fail(breaker);
    }

    /** @param r the events, counts and state after both failures */
    @Arbiter
    public void outcome(IIII_Result r) {
        BreakerMetrics metrics = breaker.getMetrics();
        r.r1 = openings.get();
        r.r2 = (int) metrics.failureCount();
        r.r3 = (int) metrics.stateChanges();
        r.r4 = metrics.state() == CircuitState.OPEN ? 1 : 0;
    }
}
