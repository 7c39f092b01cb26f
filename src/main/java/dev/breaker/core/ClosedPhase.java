package dev.breaker.core;

import dev.breaker.BreakerClock;
import dev.breaker.CircuitState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A CLOSED period. The phase object is also the permit of every call it admits, so admitting a call
 * allocates nothing. In consecutive mode it counts consecutive failures; a success sets the count back
 * to zero, but only writes when the count is not already zero, so successful calls from many threads
 * share the cache line read-only. In ratio mode its {@link OutcomeWindow} counts instead, and starts
 * empty with the period.
 */
final class ClosedPhase extends Phase implements Permit {
    private static final VarHandle FAILURES;

    static {
        try {
            FAILURES = MethodHandles.lookup().findVarHandle(ClosedPhase.class, "consecutiveFailures", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The recent outcomes in ratio mode; {@code null} in consecutive mode. */
    final OutcomeWindow window;

    @SuppressWarnings("unused") // read and written through FAILURES
    private volatile int consecutiveFailures;

    ClosedPhase(long transitionsBefore, int openings, OutcomeWindow window) {
        super(transitionsBefore, openings);
        this.window = window;
    }

    @Override
    CircuitState state() {
        return CircuitState.CLOSED;
    }

    /**
     * Counts a failure.
     *
     * @param threshold consecutive failures that open the breaker, in consecutive mode
     * @param clock the breaker's clock, for a time window
     * @return whether the breaker should now open
     */
    boolean failureOpens(int threshold, BreakerClock clock) {
        OutcomeWindow ratio = window;
        if (ratio != null) {
            return ratio.failureOpens(clock);
        }
        int count = (int) FAILURES.getAndAdd(this, 1) + 1;
        // A disabled breaker never opens, so its count may pass Integer.MAX_VALUE: saturate, keep it positive.
        return (count < 0 ? Integer.MAX_VALUE : count) >= threshold;
    }

    /**
     * Counts a success.
     *
     * @param clock the breaker's clock, for a time window
     * @return whether the breaker should now open: only ever in ratio mode (see {@link OutcomeWindow})
     */
    boolean successOpens(BreakerClock clock) {
        OutcomeWindow ratio = window;
        if (ratio != null) {
            return ratio.successOpens(clock);
        }
        if ((int) FAILURES.getVolatile(this) != 0) {
            FAILURES.setVolatile(this, 0);
        }
        return false;
    }

    int consecutiveFailures() {
        int count = (int) FAILURES.getVolatile(this);
        return count < 0 ? Integer.MAX_VALUE : count; // saturated, as failureOpens reads it
    }
}
