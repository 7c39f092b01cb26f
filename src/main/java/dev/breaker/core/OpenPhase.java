package dev.breaker.core;

import dev.breaker.CircuitState;

/**
 * An OPEN period. It becomes HALF_OPEN once {@code now - openedAt >= timeout} on the monotonic clock,
 * read whenever anyone looks: no timer thread, nothing to cancel.
 */
final class OpenPhase extends Phase {
    /** The monotonic reading at which the breaker opened. */
    final long openedAt;

    /**
     * @param from the phase this one follows: CLOSED or HALF_OPEN
     * @param openedAt the monotonic reading at which the breaker opened
     */
    OpenPhase(Phase from, long openedAt) {
        super(from.transitionsBefore + 1, from.openings == Integer.MAX_VALUE ? Integer.MAX_VALUE : from.openings + 1);
        this.openedAt = openedAt;
    }

    @Override
    CircuitState state() {
        return CircuitState.OPEN;
    }

    /** Subtraction, not {@code now >= openedAt + timeout}: the sum can overflow, the difference cannot mislead. */
    boolean hasExpired(long now, long timeoutNanos) {
        return now - openedAt >= timeoutNanos;
    }

    long remainingNanos(long now, long timeoutNanos) {
        long elapsed = now - openedAt;
        return elapsed < 0 ? timeoutNanos : timeoutNanos - elapsed;
    }
}
