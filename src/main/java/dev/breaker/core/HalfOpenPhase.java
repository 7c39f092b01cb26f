package dev.breaker.core;

import dev.breaker.CircuitState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A HALF_OPEN period: it admits at most {@code maxTrials} trial calls that count (a trial counts from its
 * admission on, whatever its end, unless it is cancelled: a cancelled trial frees its place at once),
 * closes the breaker once that many have succeeded, and reopens it at the first that fails or runs an
 * open timeout past its admission.
 *
 * <p><b>Why its trials are one array, replaced by compare-and-set.</b> Admitting a trial is one
 * compare-and-set that installs a new array of the period's trials with the new one at its end:
 * admission and registration are a single step, so no failure between them (an {@code Error} thrown in
 * the bookkeeping, say) can admit a trial that no one will ever find overdue. The count that admission
 * checks is read from the very array it replaces, so no interleaving admits more than
 * {@code maxTrials} trials that count: a trial cancelled meanwhile only makes the count too high, never
 * too low, and a trial admitted meanwhile makes the compare-and-set fail. Each new array leaves out the
 * trials already cancelled, so cancellations cannot make it grow without bound. Whether the period is
 * over is then read from its trials ({@link #decide}) whenever anyone looks, as OPEN's end is read from
 * the clock: nothing a dying thread left half done can hold the breaker HALF_OPEN.
 */
final class HalfOpenPhase extends Phase {
    private static final VarHandle TRIALS;
    private static final Trial[] NONE = new Trial[0];

    static {
        try {
            TRIALS = MethodHandles.lookup().findVarHandle(HalfOpenPhase.class, "trials", Trial[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The monotonic reading at which the open timeout ran out. */
    final long startedAt;
    private final int maxTrials;

    /** The period's trials in the order of their admission; replaced, never changed in place. */
    @SuppressWarnings("unused") // through TRIALS
    private volatile Trial[] trials = NONE;

    HalfOpenPhase(long transitionsBefore, int openings, long startedAt, int maxTrials) {
        super(transitionsBefore, openings);
        this.startedAt = startedAt;
        this.maxTrials = maxTrials;
    }

    @Override
    CircuitState state() {
        return CircuitState.HALF_OPEN;
    }

    /** @return a new trial permit, or {@code null} when every place of this period is taken */
    Trial tryAdmit(long now) {
        Trial trial = null;
        while (true) {
            Trial[] current = trialsNow();
            int counting = 0;
            for (Trial each : current) {
                if (!each.isCancelled()) {
                    counting++;
                }
            }
            if (counting >= maxTrials) {
                return null; // nothing allocated for a rejection
            }
            if (trial == null) {
                trial = new Trial(this, now);
            }
            Trial[] next = new Trial[counting + 1];
            int kept = 0;
            for (Trial each : current) {
                // Never more than `counting`: a trial cancelled is never un-cancelled.
                if (!each.isCancelled()) {
                    next[kept++] = each;
                }
            }
            next[kept++] = trial;
            if (kept < next.length) {
                next = Arrays.copyOf(next, kept); // one was cancelled between the two looks
            }
            if (TRIALS.compareAndSet(this, current, next)) {
                return trial;
            }
        }
    }

    private Trial[] trialsNow() {
        return (Trial[]) TRIALS.getVolatile(this);
    }

    /**
     * Reads what the period has come to, as a breaker looked at all along would have seen it. First,
     * the trial that became overdue first (still running one open timeout after its admission) ends,
     * as failed at that deadline; whoever ends it counts it, through {@code endedOverdue}. Then the
     * earliest failure reopens the breaker, at its moment; otherwise, once {@code maxTrials} trials
     * have succeeded, it closes, at the last success. Cancelled trials decide nothing.
     *
     * @param endedOverdue told the deadline of the trial this look ended as overdue, to count it
     * @return what to do, or {@code null} while the period goes on
     */
    Decision decide(long now, long timeoutNanos, LongConsumer endedOverdue) {
        endFirstOverdue(now, timeoutNanos, endedOverdue);
        Trial.Outcome firstFailure = null;
        Trial.Outcome lastSuccess = null;
        int succeeded = 0;
        Trial[] all = trialsNow();
        for (int i = all.length - 1; i >= 0; i--) {
            Trial.Outcome outcome = all[i].outcome();
            if (outcome == null || outcome.cancelled()) {
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
            Trial[] all = trialsNow();
            for (int i = all.length - 1; i >= 0; i--) {
                Trial trial = all[i];
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

    /** @return trials of this period that count against its limit: admitted and not cancelled */
    int counting() {
        int count = 0;
        for (Trial trial : trialsNow()) {
            if (!trial.isCancelled()) {
                count++;
            }
        }
        return count;
    }

    /** @return trials of this period that succeeded */
    int succeeded() {
        int count = 0;
        for (Trial trial : trialsNow()) {
            Trial.Outcome outcome = trial.outcome();
            if (outcome != null && !outcome.cancelled() && outcome.success()) {
                count++;
            }
        }
        return count;
    }

    /** @return trials admitted and still running */
    int inFlight() {
        int count = 0;
        for (Trial trial : trialsNow()) {
            if (trial.outcome() == null) {
                count++;
            }
        }
        return count;
    }

    /** @return how many trials the period's array holds, the cancelled ones it still keeps included */
    int held() {
        return trialsNow().length;
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
