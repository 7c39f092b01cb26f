package dev.breaker.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The permit of one trial call admitted in a HALF_OPEN period. Its outcome is recorded exactly once:
 * either by the call itself when it returns, or by whoever first notices that it is still unfinished
 * one open timeout after it was admitted (it then counts as failed). The loser of that race does
 * nothing, so a permit can be neither lost nor given back twice.
 */
final class Trial implements Permit {
    private static final VarHandle FINISHED;

    static {
        try {
            FINISHED = MethodHandles.lookup().findVarHandle(Trial.class, "finished", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The period that admitted this trial. */
    final HalfOpenPhase phase;
    /** The monotonic reading at admission. */
    final long admittedAt;

    @SuppressWarnings("unused") // read and written through FINISHED
    private volatile boolean finished;

    Trial(HalfOpenPhase phase, long admittedAt) {
        this.phase = phase;
        this.admittedAt = admittedAt;
    }

    /** @return {@code true} for the one caller that gets to record this trial's outcome */
    boolean finish() {
        return FINISHED.compareAndSet(this, false, true);
    }

    boolean isFinished() {
        return (boolean) FINISHED.getVolatile(this);
    }

    /** @return whether this trial is unfinished and was admitted at least {@code timeoutNanos} before {@code now} */
    boolean isOverdue(long now, long timeoutNanos) {
        return !isFinished() && now - admittedAt >= timeoutNanos;
    }
}
