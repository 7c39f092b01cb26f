package dev.breaker.cdi;

import jakarta.interceptor.InvocationContext;

/**
 * What an intercepted method did when it ran: returned a value, or threw. For a method returning a
 * Mutiny {@code Uni}, a throw is not the call's outcome but a {@code Uni} that fails when subscribed,
 * so the interceptors hand both on to {@link dev.breaker.mutiny.MutinyCalls} rather than letting the
 * throw escape at assembly.
 *
 * @param returned what the method returned; {@code null} when it threw
 * @param thrown what it threw; {@code null} when it returned
 */
record Proceeded(Object returned, Throwable thrown) {
    /**
     * Runs the rest of the invocation's chain once.
     *
     * @param invocation the intercepted call
     * @return what it returned or threw
     */
    static Proceeded run(InvocationContext invocation) {
        Object returned = null;
        Throwable thrown = null;
        try {
            returned = invocation.proceed();
        } catch (Throwable failure) {
            thrown = failure;
        }
        // One allocation site, not one per branch: inlined into the interceptor, the JIT's escape
        // analysis can then do without the object (JDK 17 cannot when two allocations merge).
        return new Proceeded(returned, thrown);
    }
}
