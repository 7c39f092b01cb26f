package dev.breaker.core;

import dev.breaker.CircuitState;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain, single-threaded reference of the rules of API.md "States" and "Failure ratio and slow calls",
 * written as directly as possible and eagerly: {@link #catchUp(long)} applies every step the clock has
 * made due, in order, before anything else happens. The engine does the same lazily, lock-free; tests
 * compare the two.
 *
 * <p>In ratio mode the window is a plain list of the CLOSED period's outcomes with the time each
 * finished. A time window is read exactly as the engine keeps it (its documented imprecision of one
 * bucket made exact): buckets of {@code min(period / 10, 1 s)} (at least 1 ns) counted from the start of
 * the CLOSED period, and an outcome is in the window while the current bucket is less than a period's
 * worth of buckets ({@code ceil(period / bucket)}) after its own.
 */
final class BreakerModel {
    /**
     * Ratio mode's settings.
     *
     * @param failureRatio the share of failures that opens
     * @param windowSize a count window's size (not used with a period)
     * @param periodNanos a time window's period; 0 for a count window
     * @param minimumCalls outcomes the window must hold to open (after any outcome, a success included,
     *     as API.md says)
     */
    record Ratio(double failureRatio, int windowSize, long periodNanos, int minimumCalls) {
        long bucketNanos() {
            return Math.max(1, Math.min(periodNanos / 10, 1_000_000_000L));
        }

        long bucketsInPeriod() {
            return (periodNanos + bucketNanos() - 1) / bucketNanos();
        }

        @Override
        public String toString() {
            return "ratio=" + failureRatio + (periodNanos == 0 ? " windowSize=" + windowSize
                    : " windowDuration=" + periodNanos + "ns (buckets of " + bucketNanos() + "ns)")
                    + " minimumCalls=" + minimumCalls;
        }
    }

    /** One outcome in the window: when it finished, and whether it failed. */
    private record Outcome(long at, boolean failure) {
    }
    /** One admitted call, tagged with the phase that admitted it. */
    static final class Call {
        final int phase;
        final boolean trial;
        final long admittedAt;
        boolean finished;

        Call(int phase, boolean trial, long admittedAt) {
            this.phase = phase;
            this.trial = trial;
            this.admittedAt = admittedAt;
        }
    }

    final int threshold;
    final long timeout;
    final int maxTrials;
    /** {@code null} in consecutive mode. */
    final Ratio ratio;

    CircuitState state = CircuitState.CLOSED;
    /** Changes with every new phase, reset() included, so a call knows whether its phase is over. */
    int phase;
    int consecutiveFailures;
    long openedAt;
    /** Trials of this period that count: admitted and not cancelled. */
    int admitted;
    int succeeded;
    final List<Call> unfinishedTrials = new ArrayList<>();
    /** Ratio mode: the outcomes of the current CLOSED period, oldest first, and when that period began. */
    private final List<Outcome> window = new ArrayList<>();
    private long windowStart;

    /** What a chain reached, so a test can tell its chains do reach what they are meant to. */
    int openedFromClosed;
    int agedOut;

    long successes;
    long failures;
    long rejections;
    long stateChanges;
    long openings;
    Long lastSuccessAt;
    Long lastFailureAt;

    BreakerModel(int threshold, long timeout, int maxTrials) {
        this(threshold, timeout, maxTrials, null, 0);
    }

    /**
     * @param ratio ratio mode's settings; {@code null} for consecutive mode
     * @param now the clock when the breaker is built: its first CLOSED period starts then
     */
    BreakerModel(int threshold, long timeout, int maxTrials, Ratio ratio, long now) {
        this.threshold = threshold;
        this.timeout = timeout;
        this.maxTrials = maxTrials;
        this.ratio = ratio;
        this.windowStart = now;
    }

    /** Applies what the clock made due: OPEN timeouts and overdue trials, earliest first. */
    void catchUp(long now) {
        while (true) {
            if (state == CircuitState.OPEN && now - openedAt >= timeout) {
                enter(CircuitState.HALF_OPEN, openedAt + timeout);
            } else if (state == CircuitState.HALF_OPEN && earliestOverdue(now) != null) {
                Call overdue = earliestOverdue(now);
                overdue.finished = true;
                unfinishedTrials.remove(overdue);
                failures++;
                lastFailureAt = latest(lastFailureAt, overdue.admittedAt + timeout);
                open(overdue.admittedAt + timeout);
            } else {
                return;
            }
        }
    }

    private Call earliestOverdue(long now) {
        Call earliest = null;
        for (Call trial : unfinishedTrials) {
            if (now - trial.admittedAt >= timeout && (earliest == null || trial.admittedAt - earliest.admittedAt < 0)) {
                earliest = trial;
            }
        }
        return earliest;
    }

    /** @return the admitted call, or {@code null} when rejected (in the state {@link #state}) */
    Call acquire(long now) {
        catchUp(now);
        switch (state) {
            case CLOSED:
                return new Call(phase, false, now);
            case HALF_OPEN:
                if (admitted < maxTrials) {
                    admitted++;
                    Call trial = new Call(phase, true, now);
                    unfinishedTrials.add(trial);
                    return trial;
                }
                rejections++;
                return null;
            default:
                rejections++;
                return null;
        }
    }

    /** @return whether the call's result, arriving now, may still change the state */
    boolean decides(Call call, long now) {
        catchUp(now);
        return !call.finished && call.phase == phase;
    }

    void result(Call call, boolean failure, long now) {
        catchUp(now);
        if (call.finished) {
            return; // a trial already counted as failed for running too long
        }
        call.finished = true;
        if (failure) {
            failures++;
            lastFailureAt = latest(lastFailureAt, now);
        } else {
            successes++;
            lastSuccessAt = now;
        }
        if (call.phase != phase) {
            return; // late: its phase is over
        }
        if (call.trial) {
            unfinishedTrials.remove(call);
            if (failure) {
                open(now);
            } else if (++succeeded == maxTrials) {
                enter(CircuitState.CLOSED, now);
            }
        } else if (ratio == null) {
            consecutiveFailures = failure ? consecutiveFailures + 1 : 0;
            if (consecutiveFailures >= threshold) {
                open(now);
            }
        } else {
            window.add(new Outcome(now, failure));
            long[] counts = windowCounts(now);
            if (counts[0] >= ratio.minimumCalls
                    && (double) counts[1] / counts[0] >= ratio.failureRatio) {
                open(now);
            }
        }
    }

    /** The caller gave up on the call: it counts as nothing, and a trial of this period frees its place. */
    void cancelled(Call call, long now) {
        catchUp(now);
        if (call.finished) {
            return; // a trial already counted as failed for running too long
        }
        call.finished = true;
        if (call.trial && call.phase == phase) {
            unfinishedTrials.remove(call);
            admitted--;
        }
    }

    /** @return the outcomes and the failures in the window now; zeros outside CLOSED */
    long[] windowCounts(long now) {
        if (state != CircuitState.CLOSED || ratio == null) {
            return new long[] {0, 0};
        }
        if (ratio.periodNanos == 0) {
            while (window.size() > ratio.windowSize) {
                window.remove(0);
            }
        } else {
            long current = bucketOf(now);
            int before = window.size();
            window.removeIf(outcome -> current - bucketOf(outcome.at) >= ratio.bucketsInPeriod());
            agedOut += before - window.size();
        }
        long failures = window.stream().filter(Outcome::failure).count();
        return new long[] {window.size(), failures};
    }

    private long bucketOf(long at) {
        return Math.max(0, at - windowStart) / ratio.bucketNanos();
    }

    /** @return what {@code BreakerMetrics.failureRatio()} should hold now: 0 for an empty window and outside CLOSED */
    double failureRatio(long now) {
        catchUp(now);
        long[] counts = windowCounts(now);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    void reset(long now) {
        catchUp(now);
        if (state != CircuitState.CLOSED) {
            stateChanges++;
        }
        state = CircuitState.CLOSED;
        newPhase(now);
    }

    /** @return nanoseconds until trials are admitted; 0 unless OPEN */
    long retryAfter(long now) {
        catchUp(now);
        return state == CircuitState.OPEN ? timeout - (now - openedAt) : 0;
    }

    /** The time of the last failure is the latest one counted, not the last one written. */
    private static Long latest(Long known, long at) {
        return known == null || at - known > 0 ? Long.valueOf(at) : known;
    }

    private void open(long at) {
        if (state == CircuitState.CLOSED) {
            openedFromClosed++;
        }
        openedAt = at;
        openings++;
        enter(CircuitState.OPEN, at);
    }

    private void enter(CircuitState next, long at) {
        state = next;
        stateChanges++;
        newPhase(at);
    }

    /** Every new phase starts afresh; a CLOSED one with an empty window starting now. */
    private void newPhase(long at) {
        phase++;
        consecutiveFailures = 0;
        admitted = 0;
        succeeded = 0;
        unfinishedTrials.clear();
        window.clear();
        windowStart = at;
    }
}
