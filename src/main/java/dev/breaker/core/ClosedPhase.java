package dev.breaker.core;

import dev.breaker.CircuitState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A CLOSED period. The phase object is also the permit of every call it admits, so admitting a call
 * allocates nothing. It counts consecutive failures; a success sets the count back to zero, but only
 * writes when the count is not already zero, so successful calls from many threads share the cache
 * line read-only.
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

    @SuppressWarnings("unused") // read and written through FAILURES
    private volatile int consecutiveFailures;

    ClosedPhase(long transitionsBefore) {
        super(transitionsBefore);
    }

    @Override
    CircuitState state() {
        return CircuitState.CLOSED;
    }

    /** @return the count of consecutive failures including this one, saturating at {@code Integer.MAX_VALUE} */
    int recordFailure() {
        int count = (int) FAILURES.getAndAdd(this, 1) + 1;
        // A disabled breaker never opens, so its count may pass Integer.MAX_VALUE; keep it positive.
        return count < 0 ? Integer.MAX_VALUE : count;
    }

    void recordSuccess() {
        if ((int) FAILURES.getVolatile(this) != 0) {
            FAILURES.setVolatile(this, 0);
        }
    }

    int consecutiveFailures() {
        return (int) FAILURES.getVolatile(this);
    }
}
