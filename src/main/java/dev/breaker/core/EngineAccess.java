package dev.breaker.core;

import dev.breaker.CircuitBreaker;
import java.util.function.Function;

/**
 * Lets the library's own interceptors reach the {@link StateMachine} beneath a {@link CircuitBreaker}
 * without putting it in the public API: through the permit methods an interceptor records an outcome
 * without allocating a lambda per call. Not for applications.
 */
public final class EngineAccess {
    private static volatile Function<CircuitBreaker, StateMachine> machineOf;

    private EngineAccess() {
    }

    /**
     * Called once, by {@link CircuitBreaker}'s class initializer.
     *
     * @param accessor reads a breaker's state machine
     */
    public static void install(Function<CircuitBreaker, StateMachine> accessor) {
        if (machineOf != null) {
            throw new IllegalStateException("already installed");
        }
        machineOf = accessor;
    }

    /**
     * @param breaker a breaker
     * @return its state machine
     */
    public static StateMachine machineOf(CircuitBreaker breaker) {
        Function<CircuitBreaker, StateMachine> accessor = machineOf;
        if (accessor == null) {
            // CircuitBreaker's initializer installs the accessor; a breaker exists, so it has run.
            throw new IllegalStateException("CircuitBreaker not initialized");
        }
        return accessor.apply(breaker);
    }
}
