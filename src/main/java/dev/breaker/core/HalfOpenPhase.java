package dev.breaker.core;

import dev.breaker.CircuitState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A HALF_OPEN period: it admits at most {@code maxTrials} trial calls in its whole life (a permit is
 * never handed back, so no interleaving can admit more), and closes the breaker once that many
 * have succeeded. Unfinished trials are kept so that one still running an open timeout after its
 * admission can be counted as failed.
 */
final class HalfOpenPhase extends Phase {
    private static final VarHandle ADMITTED;
    private static final VarHandle SUCCEEDED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ADMITTED = lookup.findVarHandle(HalfOpenPhase.class, "admitted", int.class);
            SUCCEEDED = lookup.findVarHandle(HalfOpenPhase.class, "succeeded", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The monotonic reading at which the open timeout ran out. */
    final long startedAt;
    private final int maxTrials;
    private final ConcurrentLinkedQueue<Trial> unfinished = new ConcurrentLinkedQueue<>();

    @SuppressWarnings("unused") // through ADMITTED
    private volatile int admitted;
    @SuppressWarnings("unused") // through SUCCEEDED
    private volatile int succeeded;

    HalfOpenPhase(long transitionsBefore, long startedAt, int maxTrials) {
        super(transitionsBefore);
        this.startedAt = startedAt;
        this.maxTrials = maxTrials;
    }

    @Override
    CircuitState state() {
        return CircuitState.HALF_OPEN;
    }

    /** @return a new trial permit, or {@code null} when every permit of this period is taken */
    Trial tryAdmit(long now) {
        int taken;
        do {
            taken = (int) ADMITTED.getVolatile(this);
            if (taken >= maxTrials) {
                return null;
            }
        } while (!ADMITTED.compareAndSet(this, taken, taken + 1));
        Trial trial = new Trial(this, now);
        unfinished.add(trial);
        return trial;
    }

    /** Records a successful trial. @return {@code true} when it was the last success needed to close */
    boolean recordSuccess(Trial trial) {
        unfinished.remove(trial);
        return (int) SUCCEEDED.getAndAdd(this, 1) + 1 == maxTrials;
    }

    void forget(Trial trial) {
        unfinished.remove(trial);
    }

    /**
     * Claims the trial that became overdue first (the earliest admitted of those overdue at {@code now}),
     * so that the caller records it as failed. The earliest, not the first in the queue: threads may
     * enqueue trials in another order than they dated them, and a breaker looked at late must end up
     * where one looked at all along would be.
     *
     * @return the claimed trial, or {@code null} when none is overdue
     */
    Trial claimOverdue(long now, long timeoutNanos) {
        while (true) {
            Trial earliest = null;
            for (Trial trial : unfinished) {
                if (trial.isOverdue(now, timeoutNanos)
                        && (earliest == null || trial.admittedAt - earliest.admittedAt < 0)) {
                    earliest = trial;
                }
            }
            if (earliest == null) {
                return null;
            }
            if (earliest.finish()) {
                unfinished.remove(earliest);
                return earliest;
            }
            // it finished meanwhile: look again
        }
    }

    int admitted() {
        return (int) ADMITTED.getVolatile(this);
    }

    int succeeded() {
        return (int) SUCCEEDED.getVolatile(this);
    }

    int inFlight() {
        int count = 0;
        for (Trial trial : unfinished) {
            if (!trial.isFinished()) {
                count++;
            }
        }
        return count;
    }
}
