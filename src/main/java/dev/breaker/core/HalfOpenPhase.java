package dev.breaker.core;

import dev.breaker.CircuitState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.LongConsumer;

/**
 * A HALF_OPEN period: it admits at most {@code maxTrials} trial calls in its whole life (a permit is
 * never handed back, so no interleaving can admit more), closes the breaker once that many have
 * succeeded, and reopens it at the first that fails or runs an open timeout past its admission.
 *
 * <p><b>Why its trials are a stack.</b> Admitting a trial is one compare-and-set that pushes it onto
 * {@link #newest}, the trial carrying its number: admission and registration are a single step, so no
 * failure between them (an {@code Error} thrown in the bookkeeping, say) can admit a trial that no one
 * will ever find overdue. Whether the period is over is then read from its trials ({@link #decide})
 * whenever anyone looks, as OPEN's end is read from the clock: nothing a dying thread left half done
 * can hold the breaker HALF_OPEN.
 */
final class HalfOpenPhase extends Phase {
    private static final VarHandle NEWEST;

    static {
        try {
            NEWEST = MethodHandles.lookup().findVarHandle(HalfOpenPhase.class, "newest", Trial.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The monotonic reading at which the open timeout ran out. */
    final long startedAt;
    private final int maxTrials;

    @SuppressWarnings("unused") // through NEWEST
    private volatile Trial newest;

    HalfOpenPhase(long transitionsBefore, int openings, long startedAt, int maxTrials) {
        super(transitionsBefore, openings);
        this.startedAt = startedAt;
        this.maxTrials = maxTrials;
    }

    @Override
    CircuitState state() {
        return CircuitState.HALF_OPEN;
    }

    /** @return a new trial permit, or {@code null} when every permit of this period is taken */
    Trial tryAdmit(long now) {
        Trial trial = null;
        while (true) {
            Trial previous = (Trial) NEWEST.getVolatile(this);
            int number = previous == null ? 1 : previous.number + 1;
            if (number > maxTrials || number < 1) {
                return null;
            }
            if (trial == null) {
                trial = new Trial(this, now);
            }
            trial.previous = previous; // plain writes, published by the compare-and-set below
            trial.number = number;
            if (NEWEST.compareAndSet(this, previous, trial)) {
                return trial;
            }
        }
    }

    /**
     * Reads what the period has come to, as a breaker looked at all along would have seen it. First,
     * the trial that became overdue first (still running one open timeout after its admission) ends,
     * as failed at that deadline; whoever ends it counts it, through {@code endedOverdue}. Then the
     * earliest failure reopens the breaker, at its moment; otherwise, once {@code maxTrials} trials
     * have succeeded, it closes, at the last success.
     *
     * @param endedOverdue told the deadline of the trial this look ended as overdue, to count it
     * @return what to do, or {@code null} while the period goes on
     */
    Decision decide(long now, long timeoutNanos, LongConsumer endedOverdue) {
        endFirstOverdue(now, timeoutNanos, endedOverdue);
        Trial.Outcome firstFailure = null;
        Trial.Outcome lastSuccess = null;
        int succeeded = 0;
        for (Trial trial = (Trial) NEWEST.getVolatile(this); trial != null; trial = trial.previous) {
            Trial.Outcome outcome = trial.outcome();
            if (outcome == null) {
                continue;
            }
            if (!outcome.success()) {
                if (firstFailure == null || outcome.at() - firstFailure.at() < 0) {
                    firstFailure = outcome;
                }
            } else {
                succeeded++;
                if (lastSuccess == null || outcome.at() - lastSuccess.at() > 0) {
                    lastSuccess = outcome;
                }
            }
        }
        if (firstFailure != null) {
            return new Decision(true, firstFailure.at());
        }
        return succeeded == maxTrials ? new Decision(false, lastSuccess.at()) : null;
    }

    /**
     * The earliest admitted of those overdue, not the newest: threads may admit trials in another order
     * than they dated them, and a breaker looked at late must end up where one looked at all along would
     * be. Its end reopens the breaker, so the others stay for their own results: once the period is over,
     * they count as what they were.
     */
    private void endFirstOverdue(long now, long timeoutNanos, LongConsumer endedOverdue) {
        while (true) {
            Trial earliest = null;
            for (Trial trial = (Trial) NEWEST.getVolatile(this); trial != null; trial = trial.previous) {
                if (trial.isOverdue(now, timeoutNanos) && (earliest == null || trial.admittedAt - earliest.admittedAt <= 0)) {
                    earliest = trial; // on a tie the older wins: the walk goes from newest to oldest
                }
            }
            if (earliest == null) {
                return;
            }
            long deadline = earliest.admittedAt + timeoutNanos;
            if (earliest.end(false, deadline)) {
                endedOverdue.accept(deadline);
                return;
            }
            // it ended meanwhile: look again
        }
    }

    /** @return trials admitted so far in this period */
    int admitted() {
        Trial last = (Trial) NEWEST.getVolatile(this);
        return last == null ? 0 : last.number;
    }

    /** @return trials of this period that succeeded */
    int succeeded() {
        int count = 0;
        for (Trial trial = (Trial) NEWEST.getVolatile(this); trial != null; trial = trial.previous) {
            Trial.Outcome outcome = trial.outcome();
            if (outcome != null && outcome.success()) {
                count++;
            }
        }
        return count;
    }

    /** @return trials admitted and still running */
    int inFlight() {
        int count = 0;
        for (Trial trial = (Trial) NEWEST.getVolatile(this); trial != null; trial = trial.previous) {
            if (trial.outcome() == null) {
                count++;
            }
        }
        return count;
    }

    /**
     * What a HALF_OPEN period has come to.
     *
     * @param reopens {@code true}: back to OPEN; {@code false}: CLOSED
     * @param at the monotonic reading at which it happened
     */
    record Decision(boolean reopens, long at) {
    }
}
