package dev.breaker.cdi;

import dev.breaker.core.StateMachine;

/**
 * The breaker of one intercepted method, resolved once ({@link InterceptedMethods}). Immutable, so
 * shared by every call.
 */
final class MethodBreaker {
    final StateMachine machine;
    /** Whether the method returns a stage the breaker must watch, rather than a plain value. */
    final boolean async;

    MethodBreaker(StateMachine machine, boolean async) {
        this.machine = machine;
        this.async = async;
    }
}
