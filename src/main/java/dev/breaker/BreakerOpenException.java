package dev.breaker;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown (or, for asynchronous calls, used to fail the returned stage) when a breaker rejects a call
 * without running it: the breaker is {@link CircuitState#OPEN}, or {@link CircuitState#HALF_OPEN} with
 * every trial permit of the current period already taken.
 *
 * <p>A rejection is the breaker doing its job, not a fault in the caller, so the exception carries no
 * stack trace: rejecting must stay cheaper than the call it saves. The message is built only when
 * asked for.
 */
public final class BreakerOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The name of the breaker that rejected the call. */
    private final String breakerName;
    /** OPEN or HALF_OPEN: the state the breaker was in when it rejected the call. */
    private final CircuitState state;
    /** How long until the breaker admits trial calls; zero when HALF_OPEN. */
    private final Duration retryAfter;

    /**
     * Creates the exception for a rejected call.
     *
     * @param breakerName the name of the breaker that rejected the call
     * @param state the state that rejected it: {@code OPEN} or {@code HALF_OPEN}
     * @param retryAfter how long until the breaker admits trial calls; zero when {@code HALF_OPEN}
     */
    public BreakerOpenException(String breakerName, CircuitState state, Duration retryAfter) {
        super(null, null, false, false);
        this.breakerName = Objects.requireNonNull(breakerName, "breakerName");
        this.state = Objects.requireNonNull(state, "state");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        if (state == CircuitState.CLOSED) {
            throw new IllegalArgumentException("a CLOSED breaker does not reject calls");
        }
    }

    /** @return the name of the breaker that rejected the call */
    public String breakerName() {
        return breakerName;
    }

    /** @return {@code OPEN}, or {@code HALF_OPEN} when every trial permit was taken */
    public CircuitState state() {
        return state;
    }

    /** @return how long until trial calls are admitted; {@link Duration#ZERO} when {@code HALF_OPEN} */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String getMessage() {
        if (state == CircuitState.OPEN) {
            return "Circuit breaker '" + breakerName + "' is OPEN; calls are rejected for another "
                    + retryAfter.toMillis() + " ms";
        }
        return "Circuit breaker '" + breakerName
                + "' is HALF_OPEN and every trial call of this period is already taken";
    }
}
