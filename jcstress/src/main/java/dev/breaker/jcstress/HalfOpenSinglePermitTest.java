package dev.breaker.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads arrive together at a breaker whose open timeout has just passed, with
 * {@code halfOpenMaxCalls = 1}. Exactly one gets the trial permit (its call stays running, so the
 * permit stays taken), and the breaker becomes HALF_OPEN exactly once. Guards against the failure
 * others shipped: more trials than allowed when many threads see the timeout pass at once.
 *
 * <p>Results: whether the first and the second thread were admitted, then how many times the
 * breaker went HALF_OPEN.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "the first thread got the only trial permit")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE, desc = "the second thread got the only trial permit")
@Outcome(expect = FORBIDDEN, desc = "two trials, none, or two HALF_OPEN periods")
@State
public class HalfOpenSinglePermitTest {
    static {
        SilencedEngineLog.install();
    }

    private final SteppedClock clock = new SteppedClock();
    private final AtomicInteger halfOpenings = new AtomicInteger();
    private final CircuitBreaker breaker = CircuitBreaker.builder("half-open-single-permit")
            .failureThreshold(1)
            .timeout(Duration.ofSeconds(1))
            .halfOpenMaxCalls(1)
            .clock(clock)
            .listener(change -> {
                if (change.to() == CircuitState.HALF_OPEN) {
                    halfOpenings.incrementAndGet();
                }
            })
            .build();
    /** The trial's operation: it never ends, so an admitted trial keeps its permit. */
    private final CompletableFuture<Integer> running = new CompletableFuture<>();

    /** Opens the breaker and moves the clock past its open timeout. */
    public HalfOpenSinglePermitTest() {
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(1));
    }

    /** @param r r1: 1 when admitted */
    @Actor
    public void first(III_Result r) {
        r.r1 = Calls.admitted(breaker.callAsync(() -> running));
    }

    /** @param r r2: 1 when admitted */
    @Actor
    public void second(III_Result r) {
        r.r2 = Calls.admitted(breaker.callAsync(() -> running));
    }

    /** @param r r3: how many times the breaker went HALF_OPEN */
    @Arbiter
    public void transitions(III_Result r) {
        r.r3 = halfOpenings.get();
    }
}
