package dev.breaker.core;

import dev.breaker.CircuitState;

/**
 * An OPEN period. It becomes HALF_OPEN once {@code now - openedAt >= timeout} on the monotonic clock,
 * read whenever anyone looks: no timer thread, nothing to cancel.
 */
final class OpenPhase extends Phase {
    /** The monotonic reading at which the breaker opened. */
    final long openedAt;

    OpenPhase(long transitionsBefore, long openedAt) {
        super(transitionsBefore);
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
