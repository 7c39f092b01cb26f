package dev.breaker.core;

import dev.breaker.CircuitState;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain, single-threaded reference of the rules of API.md "States", written as directly as possible
 * and eagerly: {@link #catchUp(long)} applies every step the clock has made due, in order, before
 * anything else happens. The engine does the same lazily, lock-free; tests compare the two.
 */
final class BreakerModel {
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

    CircuitState state = CircuitState.CLOSED;
    /** Changes with every new phase, reset() included, so a call knows whether its phase is over. */
    int phase;
    int consecutiveFailures;
    long openedAt;
    /** Trials of this period that count: admitted and not cancelled. */
    int admitted;
    int succeeded;
    final List<Call> unfinishedTrials = new ArrayList<>();

    long successes;
    long failures;
    long rejections;
    long stateChanges;
    Long lastSuccessAt;
    Long lastFailureAt;

    BreakerModel(int threshold, long timeout, int maxTrials) {
        this.threshold = threshold;
        this.timeout = timeout;
        this.maxTrials = maxTrials;
    }

    /** Applies what the clock made due: OPEN timeouts and overdue trials, earliest first. */
    void catchUp(long now) {
        while (true) {
            if (state == CircuitState.OPEN && now - openedAt >= timeout) {
                enter(CircuitState.HALF_OPEN);
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
        if (!call.trial) {
            consecutiveFailures = failure ? consecutiveFailures + 1 : 0;
            if (consecutiveFailures >= threshold) {
                open(now);
            }
        } else {
            unfinishedTrials.remove(call);
            if (failure) {
                open(now);
            } else if (++succeeded == maxTrials) {
                enter(CircuitState.CLOSED);
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

    void reset(long now) {
        catchUp(now);
        if (state != CircuitState.CLOSED) {
            stateChanges++;
        }
        state = CircuitState.CLOSED;
        newPhase();
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
        openedAt = at;
        enter(CircuitState.OPEN);
    }

    private void enter(CircuitState next) {
        state = next;
        stateChanges++;
        newPhase();
    }

    private void newPhase() {
        phase++;
        consecutiveFailures = 0;
        admitted = 0;
        succeeded = 0;
        unfinishedTrials.clear();
    }
}
