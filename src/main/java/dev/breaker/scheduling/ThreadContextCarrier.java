package dev.breaker.scheduling;

import java.util.concurrent.Executor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * MicroProfile Context Propagation: every context type the runtime knows (application, security, CDI,
 * and whatever other providers it has), transactions cleared. Quarkus (SmallRye) and Open Liberty with
 * the {@code mpContextPropagation} feature carry the caller's very request-scoped instances this way.
 * Loaded only once {@link dev.breaker.config.OptionalApi#MICROPROFILE_CONTEXT_PROPAGATION} is present.
 */
final class ThreadContextCarrier implements ContextCarrier {
    private final ThreadContext context;

    private ThreadContextCarrier(ThreadContext context) {
        this.context = context;
    }

    /**
     * @return a carrier of every context type; {@code null} when the API has no implementation here
     */
    static ContextCarrier find() {
        try {
            // ALL_REMAINING rather than naming types: naming one the runtime lacks (Security in a Quarkus
            // application without quarkus-security) fails.
            return new ThreadContextCarrier(ThreadContext.builder()
                    .propagated(ThreadContext.ALL_REMAINING)
                    .cleared(ThreadContext.TRANSACTION)
                    .unchanged()
                    .build());
        } catch (IllegalStateException | LinkageError noImplementation) {
            return null;
        }
    }

    @Override
    public Executor capture() {
        return context.currentContextExecutor();
    }

    @Override
    public String description() {
        return "MicroProfile Context Propagation (every context type it knows, CDI's request context included;"
                + " transactions cleared)";
    }
}
