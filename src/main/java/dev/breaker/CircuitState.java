package dev.breaker;

/**
 * The three states of a circuit breaker.
 *
 * <ul>
 *   <li>{@link #CLOSED}: calls run; consecutive failures are counted.</li>
 *   <li>{@link #OPEN}: calls are rejected with {@link BreakerOpenException} until the open timeout
 *       has passed.</li>
 *   <li>{@link #HALF_OPEN}: a limited number of trial calls run; enough successes close the breaker,
 *       the first failure opens it again.</li>
 * </ul>
 */
public enum CircuitState {
    /** Calls run normally. */
    CLOSED,
    /** Calls are rejected without running. */
    OPEN,
    /** A limited number of trial calls test whether the dependency has recovered. */
    HALF_OPEN
}
