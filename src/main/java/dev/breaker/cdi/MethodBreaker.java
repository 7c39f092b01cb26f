package dev.breaker.cdi;

import dev.breaker.core.StateMachine;

/**
 * The breaker of one intercepted method, resolved once ({@link InterceptedMethods}). Immutable, so
 * shared by every call.
 */
final class MethodBreaker {
    /** For a method the breaker lets run untouched: a default method of a REST client interface. */
    static final MethodBreaker NONE = new MethodBreaker(null, false, false, false);

    /** The breaker; {@code null} for {@link #NONE}. */
    final StateMachine machine;
    /** Whether the method returns a stage the breaker must watch, rather than a plain value. */
    final boolean async;
    /** Whether the method returns a Mutiny {@code Uni}, each subscription of which is one call. */
    final boolean uni;
    private final boolean restClientCall;

    MethodBreaker(StateMachine machine, boolean async, boolean uni, boolean restClientCall) {
        this.machine = machine;
        this.async = async;
        this.uni = uni;
        this.restClientCall = restClientCall;
    }

    /**
     * @param thrown what the call threw
     * @return what the breaker's {@code failOn} and {@code skipOn} judge ({@link RestClientCalls#failureOf})
     */
    Throwable failureOf(Throwable thrown) {
        return restClientCall ? RestClientCalls.failureOf(thrown) : thrown;
    }
}
