package dev.breaker.core;

import dev.breaker.BreakerClock;
import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.BreakerSettings;
import dev.breaker.CircuitState;
import dev.breaker.StateChangeListener;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongConsumer;

/**
 * The state machine of one breaker: admits calls, records their outcomes and moves between phases.
 *
 * <p><b>Thread safety.</b> All state is in {@link #phase}, an immutable-identity {@link Phase} swapped
 * only by compare-and-set from the exact instance read, and in the lock-free counters. No lock is
 * taken, and nothing with side effects (events, logging) runs before a compare-and-set has been won.
 * Legal transitions:
 * <pre>
 *   CLOSED    -> OPEN       the failure that reaches the threshold; in ratio mode, the outcome that reaches the ratio (never when disabled)
 *   OPEN      -> HALF_OPEN  the open timeout has passed; noticed by whoever looks first
 *   HALF_OPEN -> CLOSED     the last of halfOpenMaxCalls trials succeeded; noticed by whoever looks first
 *   HALF_OPEN -> OPEN       a trial failed, or was still unfinished one timeout after admission; likewise
 *   any       -> CLOSED     reset() (a fresh CLOSED phase even from CLOSED, forgetting its count)
 * </pre>
 * A permit (the admitting {@link ClosedPhase}, or a {@link Trial}) names the phase that admitted the
 * call; its result moves the breaker only while that phase is still current. A permit ends in one of
 * three ways: a success, a failure ({@link #onSuccess}, {@link #onThrowable}), or cancelled
 * ({@link #onCancelled}: the caller gave up, and the call counts as nothing).
 *
 * <p><b>Errors in the bookkeeping.</b> OPEN's end is read from the clock and HALF_OPEN's from its
 * trials ({@link HalfOpenPhase#decide}), by every look ({@link #settle}): a thread that dies between
 * two steps of recording an outcome (a {@code StackOverflowError}, say) leaves at worst a decision that
 * the next call, {@link #state()} or health check carries out. A trial whose outcome was never recorded
 * at all counts as failed one open timeout after its admission, as a hung call does.
 */
public final class StateMachine {
    private static final VarHandle PHASE;

    static {
        try {
            PHASE = MethodHandles.lookup().findVarHandle(StateMachine.class, "phase", Phase.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final BreakerSettings settings;
    private final BreakerClock clock;
    private final long timeoutNanos;
    private final int failureThreshold;
    /** {@code false}: the breaker counts but never opens, whatever the count of failures. */
    private final boolean canOpen;
    private final LifetimeCounters counters = new LifetimeCounters();
    private final TransitionPublisher publisher;
    /** Counts a trial ended as failed at its deadline; made once, so a look allocates nothing for it. */
    private final LongConsumer countOverdue;
    /** A call that returns normally after this long counts as failed; 0: no limit. */
    private final long slowCallNanos;

    private volatile Phase phase;

    /**
     * @param name the breaker's name
     * @param settings its validated settings
     * @param clock its time source
     * @param listeners who hears of each transition
     */
    public StateMachine(String name, BreakerSettings settings, BreakerClock clock, List<StateChangeListener> listeners) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.timeoutNanos = Durations.toNanosSaturated(settings.timeout());
        this.failureThreshold = settings.failureThreshold();
        this.canOpen = settings.enabled();
        this.publisher = new TransitionPublisher(name, clock, listeners);
        this.countOverdue = deadline -> counters.failure(publisher.epochMillisOf(deadline));
        this.slowCallNanos = settings.slowCallDuration().map(Durations::toNanosSaturated).orElse(0L);
        this.phase = closedPhase(0, 0);
    }

    /** A new CLOSED period, with an empty window in ratio mode. */
    private ClosedPhase closedPhase(long transitionsBefore, int openings) {
        return new ClosedPhase(transitionsBefore, openings, OutcomeWindow.of(settings, clock));
    }

    /**
     * @return what to hand to {@link #onSuccess(Permit, long)} once the call returns: when slow calls
     *     are timed, the clock's recent reading at admission; otherwise 0, with no clock read
     */
    public long startTime() {
        return slowCallNanos == 0 ? 0 : clock.recentNanoTime();
    }

    /**
     * @return whether calls are timed ({@code slowCallDuration} is set): then {@link #startTime()} reads
     *     the clock, and what it returns must reach {@link #onSuccess(Permit, long)}
     */
    public boolean timesCalls() {
        return slowCallNanos != 0;
    }

    /**
     * Admits a call or rejects it.
     *
     * @return the permit to hand back to {@link #onSuccess} or {@link #onThrowable}
     * @throws BreakerOpenException when the call is rejected
     */
    public Permit acquire() {
        Phase current = phase;
        if (current instanceof ClosedPhase closed) {
            return closed; // the hot path: one volatile read, nothing written, nothing allocated
        }
        return acquireSlow(current);
    }

    private Permit acquireSlow(Phase observed) {
        long now = clock.nanoTime();
        Phase current = settle(observed, now);
        if (current instanceof ClosedPhase closed) {
            return closed;
        }
        if (current instanceof HalfOpenPhase halfOpen) {
            // Read the clock again: `now` may predate this phase (a thread preempted after reading it
            // while others reopened and half-opened the breaker), and a trial dated before its own
            // period would be overdue the moment it was admitted.
            Trial trial = halfOpen.tryAdmit(clock.nanoTime());
            if (trial != null) {
                return trial;
            }
            counters.rejection();
            throw new BreakerOpenException(name, CircuitState.HALF_OPEN, Duration.ZERO);
        }
        counters.rejection();
        long remaining = ((OpenPhase) current).remainingNanos(now, timeoutNanos);
        throw new BreakerOpenException(name, CircuitState.OPEN, Duration.ofNanos(remaining));
    }

    /**
     * Records a call that returned normally: a failure if it was slow (it took longer than
     * {@code slowCallDuration}), a success otherwise.
     *
     * @param permit what {@link #acquire()} returned for the call
     * @param startedAt what {@link #startTime()} returned at its admission
     */
    public void onSuccess(Permit permit, long startedAt) {
        if (slowCallNanos != 0 && clock.recentNanoTime() - startedAt > slowCallNanos) {
            onFailure(permit);
        } else {
            onSuccess(permit);
        }
    }

    /**
     * Records a call that returned normally, not timed: always a success.
     *
     * @param permit what {@link #acquire()} returned for the call
     */
    public void onSuccess(Permit permit) {
        if (permit instanceof ClosedPhase closed) {
            counters.success(clock);
            if (closed.successOpens(clock) && canOpen) {
                long now = clock.nanoTime();
                transition(closed, new OpenPhase(closed, now), now);
            }
        } else {
            onTrialOutcome((Trial) permit, true);
        }
    }

    /**
     * Records a call that threw: a failure or, for a {@code skipOn} type or one outside {@code failOn},
     * a success. Never throws.
     *
     * @param permit what {@link #acquire()} returned for the call
     * @param thrown what the call threw, wrappers included
     */
    public void onThrowable(Permit permit, Throwable thrown) {
        if (settings.isFailure(Throwables.unwrap(thrown))) {
            onFailure(permit);
        } else {
            onSuccess(permit);
        }
    }

    /**
     * Records a call its caller gave up on before it ended (a cancelled subscription): it counts as
     * neither success nor failure, and a trial's place in its HALF_OPEN period is free again at once.
     * The breaker first catches up with the clock, as for a result: a trial already overdue has then
     * counted as failed, and its cancellation changes nothing. Never throws.
     *
     * @param permit what {@link #acquire()} returned for the call
     */
    public void onCancelled(Permit permit) {
        if (permit instanceof Trial trial) {
            settle(phase, clock.nanoTime());
            trial.cancel();
        }
    }

    private void onFailure(Permit permit) {
        if (permit instanceof ClosedPhase closed) {
            counters.failure(clock.epochMillis()); // a failure's stamp reads the clock: failures are rare
            if (closed.failureOpens(failureThreshold, clock) && canOpen) {
                long now = clock.nanoTime(); // only an opening needs the monotonic time
                transition(closed, new OpenPhase(closed, now), now);
            }
        } else {
            onTrialOutcome((Trial) permit, false);
        }
    }

    /**
     * Records a trial's own result. The breaker first catches up with the clock, as if someone had
     * looked at it all along: a trial of the current period that became overdue (this one, or another)
     * has then counted as failed at its deadline, and this late result decides nothing. A trial of a
     * period already over counts as what it was, and changes nothing. Ending the trial is the one step
     * that records it; what it decides for its period is carried out by the look that follows, or by the
     * next one if this thread dies first.
     */
    private void onTrialOutcome(Trial trial, boolean success) {
        long now = clock.nanoTime();
        settle(phase, now);
        if (!trial.end(success, now)) {
            return;
        }
        if (success) {
            counters.success(clock);
        } else {
            counters.failure(clock.epochMillis());
        }
        settle(phase, now);
    }

    /**
     * Brings the phase up to date with the clock and its trials: an OPEN phase whose timeout has passed
     * becomes HALF_OPEN, and a HALF_OPEN phase whose trials have decided its end reopens or closes.
     * Loops because one look may have to catch up on several steps (an overdue trial reopens; that OPEN
     * phase may itself be over).
     */
    private Phase settle(Phase observed, long now) {
        Phase current = observed;
        while (true) {
            Phase next;
            long at;
            if (current instanceof OpenPhase open && open.hasExpired(now, timeoutNanos)) {
                at = open.openedAt + timeoutNanos;
                next = new HalfOpenPhase(open.transitionsBefore + 1, open.openings, at, settings.halfOpenMaxCalls());
            } else if (current instanceof HalfOpenPhase halfOpen) {
                HalfOpenPhase.Decision decision = halfOpen.decide(now, timeoutNanos, countOverdue);
                if (decision == null) {
                    return current;
                }
                at = decision.at();
                next = decision.reopens() ? new OpenPhase(halfOpen, at)
                        : closedPhase(halfOpen.transitionsBefore + 1, halfOpen.openings);
            } else {
                return current;
            }
            current = transition(current, next, at) ? next : phase;
        }
    }

    private boolean transition(Phase from, Phase to, long atNanos) {
        if (!PHASE.compareAndSet(this, from, to)) {
            return false;
        }
        publisher.publish(from.state(), to.state(), atNanos);
        return true;
    }

    /** Forces CLOSED and forgets consecutive failures and trials; calls still running count for nothing. */
    public void reset() {
        long now = clock.nanoTime();
        Phase current;
        do {
            current = settle(phase, now);
        } while (!resetFrom(current, now));
    }

    private boolean resetFrom(Phase current, long now) {
        boolean wasClosed = current instanceof ClosedPhase;
        Phase fresh = closedPhase(current.transitionsBefore + (wasClosed ? 0 : 1), current.openings);
        if (!PHASE.compareAndSet(this, current, fresh)) {
            return false;
        }
        if (!wasClosed) {
            publisher.publish(current.state(), CircuitState.CLOSED, now);
        }
        return true;
    }

    /** @return the state now, read from the clock */
    public CircuitState state() {
        Phase current = phase;
        if (current instanceof ClosedPhase) {
            return CircuitState.CLOSED;
        }
        return settle(current, clock.nanoTime()).state();
    }

    /** @return how long until trial calls are admitted: zero unless OPEN */
    public Duration retryAfter() {
        long now = clock.nanoTime();
        Phase current = settle(phase, now);
        if (current instanceof OpenPhase open) {
            return Duration.ofNanos(open.remainingNanos(now, timeoutNanos));
        }
        return Duration.ZERO;
    }

    /** @return a snapshot of the state and the lifetime counters */
    public BreakerMetrics metrics() {
        Phase current = settle(phase, clock.nanoTime());
        OptionalDouble failureRatio = !settings.ratioMode() ? OptionalDouble.empty()
                : OptionalDouble.of(current instanceof ClosedPhase closed ? closed.window.ratio(clock) : 0);
        return new BreakerMetrics(current.state(), counters.successes(), counters.failures(),
                counters.rejections(), current.transitionsBefore, current.openings, counters.lastFailure(),
                counters.lastSuccess(), failureRatio);
    }

    /** @return consecutive failures counted in the current CLOSED period; 0 in other states */
    public int consecutiveFailures() {
        return phase instanceof ClosedPhase closed ? closed.consecutiveFailures() : 0;
    }

    /** @return trial calls admitted and not yet finished in the current HALF_OPEN period; 0 in other states */
    public int trialsInFlight() {
        return phase instanceof HalfOpenPhase halfOpen ? halfOpen.inFlight() : 0;
    }

    /** @return the breaker's name */
    public String name() {
        return name;
    }

    /** @return the breaker's settings */
    public BreakerSettings settings() {
        return settings;
    }
}
