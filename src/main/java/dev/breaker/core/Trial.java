package dev.breaker.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The permit of one trial call admitted in a HALF_OPEN period, and the record of how it ended. It ends
 * exactly once: by its own result, by its caller giving up on it (cancelled: it then counts as nothing,
 * and its place in the period is free again), or, when still running one open timeout after its
 * admission, by whoever notices first (it then failed at that deadline). The loser of that race changes
 * nothing, so a trial can be neither lost nor counted twice.
 *
 * <p>Its end is one compare-and-set of {@link #outcome}, and it is all its period needs to know: the
 * period reads whether to close or reopen from its trials ({@link HalfOpenPhase#decide}), so a thread
 * that dies right after ending a trial (a {@code StackOverflowError} in the bookkeeping) leaves nothing
 * undone that the next look at the breaker will not do.
 */
final class Trial implements Permit {
    private static final VarHandle OUTCOME;
    /**
     * The end of every cancelled trial. Here, not in {@link Outcome}: Lincheck cannot walk the static
     * fields of a record class (see LincheckSetup in the tests).
     */
    static final Outcome CANCELLED = new Outcome(false, 0, true);

    static {
        try {
            OUTCOME = MethodHandles.lookup().findVarHandle(Trial.class, "outcome", Outcome.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The period that admitted this trial. */
    final HalfOpenPhase phase;
    /** The monotonic reading at admission. */
    final long admittedAt;

    @SuppressWarnings("unused") // read and written through OUTCOME
    private volatile Outcome outcome;

    Trial(HalfOpenPhase phase, long admittedAt) {
        this.phase = phase;
        this.admittedAt = admittedAt;
    }

    /**
     * @param success whether the trial succeeded
     * @param at the monotonic reading at which it ended
     * @return {@code true} for the one caller that decides how the trial ended, and must count it
     */
    boolean end(boolean success, long at) {
        return OUTCOME.compareAndSet(this, null, new Outcome(success, at));
    }

    /**
     * Ends the trial as cancelled: it counts as neither success nor failure, and no longer counts
     * against its period's limit.
     *
     * @return {@code true} when this ended it; {@code false} when it had already ended
     */
    boolean cancel() {
        return OUTCOME.compareAndSet(this, null, CANCELLED);
    }

    /** @return how it ended; {@code null} while it runs */
    Outcome outcome() {
        return (Outcome) OUTCOME.getVolatile(this);
    }

    /** @return whether it ended cancelled */
    boolean isCancelled() {
        Outcome ended = outcome();
        return ended != null && ended.cancelled();
    }

    /** @return whether it is still running and was admitted at least {@code timeoutNanos} before {@code now} */
    boolean isOverdue(long now, long timeoutNanos) {
        return outcome() == null && now - admittedAt >= timeoutNanos;
    }

    /**
     * How a trial ended.
     *
     * @param success whether it succeeded; {@code false} when cancelled
     * @param at the monotonic reading at which it ended; 0 when cancelled
     * @param cancelled whether its caller gave up on it: then it counts as nothing
     */
    record Outcome(boolean success, long at, boolean cancelled) {
        /**
         * A success or a failure.
         *
         * @param success whether it succeeded
         * @param at the monotonic reading at which it ended
         */
        Outcome(boolean success, long at) {
            this(success, at, false);
        }
    }
}
