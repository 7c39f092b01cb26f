package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;

/**
 * Checks, after a benchmark of successful calls, that each guard it called is still CLOSED: a figure
 * taken on a guard that had opened would measure rejections, not calls.
 */
final class GuardCheck {
    private GuardCheck() {
    }

    /**
     * @param guards breakers of this library, Resilience4j or Failsafe (SmallRye's unnamed guards cannot
     *     be asked; their calls all succeed as the others' do)
     * @throws IllegalStateException naming the first guard that is not CLOSED
     */
    static void closed(Object... guards) {
        for (Object guard : guards) {
            boolean closed;
            if (guard instanceof CircuitBreaker ours) {
                closed = ours.state() == CircuitState.CLOSED;
            } else if (guard instanceof io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j) {
                closed = resilience4j.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED;
            } else if (guard instanceof dev.failsafe.CircuitBreaker<?> failsafe) {
                closed = failsafe.isClosed();
            } else {
                throw new IllegalArgumentException("not a guard this check knows: " + guard);
            }
            if (!closed) {
                throw new IllegalStateException(guard + " is not CLOSED after a run of successful calls");
            }
        }
    }
}
