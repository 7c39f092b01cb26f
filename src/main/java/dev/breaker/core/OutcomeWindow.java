package dev.breaker.core;

import dev.breaker.BreakerClock;
import dev.breaker.BreakerSettings;

/**
 * The recent outcomes of one CLOSED period in ratio mode, and the rule that opens the breaker: after an
 * outcome is recorded, once the window holds at least {@code minimumCalls} outcomes and
 * {@code failures / outcomes >= failureRatio}. Each CLOSED period has a window of its own, so opening,
 * {@code reset()} and closing from HALF_OPEN all start an empty one.
 *
 * <p><b>When a success must ask.</b> A failure always asks. A success adds to the outcomes without adding
 * a failure, so it lowers the ratio, except in two cases: the success that brings the window to
 * {@code minimumCalls} outcomes, and, in a time window, the first success after older buckets left the
 * window (their outcomes no longer dilute the ratio). So a success asks only until the window is known
 * to hold enough outcomes ("primed"), which for a time window is known bucket by bucket; every other
 * success counts and does nothing more, which keeps the call path of a healthy dependency cheap.
 */
abstract sealed class OutcomeWindow permits CountWindow, TimeWindow {
    private final double failureRatio;
    private final int minimumCalls;

    OutcomeWindow(double failureRatio, int minimumCalls) {
        this.failureRatio = failureRatio;
        this.minimumCalls = minimumCalls;
    }

    /**
     * @param settings a breaker's settings
     * @param clock its clock, for a time window's start
     * @return a new, empty window for a CLOSED period; {@code null} in consecutive mode
     */
    static OutcomeWindow of(BreakerSettings settings, BreakerClock clock) {
        if (!settings.ratioMode()) {
            return null;
        }
        double ratio = settings.failureRatio().getAsDouble();
        int minimum = settings.minimumCallsOrDefault();
        return settings.windowDuration().isPresent()
                ? new TimeWindow(ratio, minimum, settings.windowDuration().get(), clock.recentNanoTime())
                : new CountWindow(ratio, minimum, settings.windowSize());
    }

    /**
     * Counts a successful call.
     *
     * @return whether the window now opens the breaker
     */
    abstract boolean successOpens(BreakerClock clock);

    /**
     * Counts a failed call.
     *
     * @return whether the window now opens the breaker
     */
    abstract boolean failureOpens(BreakerClock clock);

    /** @return the share of failures among the outcomes in the window now; 0 when it holds none */
    abstract double ratio(BreakerClock clock);

    /** The one rule, for both kinds of window. */
    final boolean opens(long outcomes, long failures) {
        return holdsEnough(outcomes) && outcomes > 0 && (double) failures / outcomes >= failureRatio;
    }

    /** @return whether a window of this many outcomes may open the breaker */
    final boolean holdsEnough(long outcomes) {
        return outcomes >= minimumCalls;
    }

    static double ratioOf(long outcomes, long failures) {
        return outcomes == 0 ? 0 : (double) failures / outcomes;
    }
}
