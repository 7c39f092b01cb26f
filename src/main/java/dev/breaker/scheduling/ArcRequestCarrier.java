package dev.breaker.scheduling;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import java.util.concurrent.Executor;

/**
 * The caller's CDI request context, its very instances, carried with ArC's API (Quarkus without
 * MicroProfile Context Propagation). The attempt's thread gets the caller's request state for the
 * task, and its own state back afterwards; nothing is destroyed: the caller's request does that. Loaded
 * only once {@link dev.breaker.config.OptionalApi#ARC} is present.
 */
final class ArcRequestCarrier implements ContextCarrier {
    private ArcRequestCarrier() {
    }

    /** @return whether ArC is the container running: its API on the class path is not enough (tests) */
    static boolean running() {
        try {
            return Arc.container() != null;
        } catch (RuntimeException | LinkageError notArc) {
            return false;
        }
    }

    /** @return a carrier of ArC's request context */
    static ContextCarrier create() {
        return new ArcRequestCarrier();
    }

    @Override
    public Executor capture() {
        ArcContainer container = Arc.container();
        ManagedContext request = container == null ? null : container.requestContext();
        if (request == null || !request.isActive()) {
            return null;
        }
        InjectableContext.ContextState state = request.getState();
        return task -> runWith(state, task);
    }

    private static void runWith(InjectableContext.ContextState state, Runnable task) {
        ManagedContext here = Arc.container().requestContext();
        InjectableContext.ContextState own = here.isActive() ? here.getState() : null;
        here.activate(state);
        try {
            task.run();
        } finally {
            if (own != null) {
                here.activate(own);
            } else {
                here.deactivate(); // not terminate(): the caller's request destroys its instances
            }
        }
    }

    @Override
    public String description() {
        return "ArC's request context (the caller's request-scoped instances)";
    }
}
