package dev.breaker;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition of one breaker. In a CDI container it is fired as a synchronous event after the
 * transition (observe it with {@code @Observes BreakerStateChanged}); outside a container a
 * {@link StateChangeListener} receives it.
 *
 * @param name the breaker's name
 * @param from the state it left
 * @param to the state it entered
 * @param at when the transition took effect; for {@code OPEN -> HALF_OPEN}, the moment the open
 *     timeout ran out, even when the transition is noticed later
 */
public record BreakerStateChanged(String name, CircuitState from, CircuitState to, Instant at) {
    /**
     * Checks that no component is null and that the state really changed.
     *
     * @param name the breaker's name
     * @param from the state it left
     * @param to the state it entered
     * @param at when the transition took effect; for {@code OPEN -> HALF_OPEN}, the moment the open
     *     timeout ran out, even when the transition is noticed later
     */
    public BreakerStateChanged {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (from == to) {
            throw new IllegalArgumentException("not a transition: " + from + " -> " + to);
        }
    }
}
