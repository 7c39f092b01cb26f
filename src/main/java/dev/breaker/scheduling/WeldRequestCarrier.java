package dev.breaker.scheduling;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jboss.weld.context.WeldAlterableContext;
import org.jboss.weld.context.api.ContextualInstance;
import org.jboss.weld.context.bound.BoundLiteral;
import org.jboss.weld.context.bound.BoundRequestContext;

/**
 * The caller's CDI request context, its very instances, carried with Weld's API (Payara, WildFly, Weld
 * SE; Open Liberty does not show Weld's API to applications). On the caller's thread it takes the
 * instances of the active request context; on the attempt's thread it activates Weld's bound request
 * context holding those instances, and deactivates it afterwards without destroying them: the caller's
 * request destroys them when it ends. An instance first created by the attempt itself belongs to no
 * request, and is destroyed when the attempt's task returns. Loaded only once
 * {@link dev.breaker.config.OptionalApi#WELD_CONTEXTS} is present.
 */
final class WeldRequestCarrier implements ContextCarrier {
    private final BeanManager beans;
    private final BoundRequestContext bound;

    private WeldRequestCarrier(BeanManager beans, BoundRequestContext bound) {
        this.beans = beans;
        this.bound = bound;
    }

    /**
     * @param beans the container
     * @return a carrier of the request context; {@code null} when the container is not Weld
     */
    static ContextCarrier find(BeanManager beans) {
        try {
            Instance<BoundRequestContext> found = beans.createInstance()
                    .select(BoundRequestContext.class, BoundLiteral.INSTANCE);
            return found.isResolvable() ? new WeldRequestCarrier(beans, found.get()) : null;
        } catch (RuntimeException | LinkageError notWeld) {
            return null;
        }
    }

    @Override
    public Executor capture() {
        // The request context itself, not WeldManager.getActiveWeldAlterableContexts(): Payara's JSF
        // contexts throw there outside a JSF request.
        Context active = activeRequestContext();
        if (!(active instanceof WeldAlterableContext alterable)) {
            return null; // none, or another implementation's (a test library's)
        }
        Collection<ContextualInstance<?>> instances = alterable.getAllContextualInstances();
        return task -> runWith(instances, task);
    }

    private void runWith(Collection<ContextualInstance<?>> instances, Runnable task) {
        if (activeRequestContext() != null) {
            task.run(); // this thread has a request context of its own: leave it alone
            return;
        }
        Set<Contextual<?>> callers = new HashSet<>();
        instances.forEach(instance -> callers.add(instance.getContextual()));
        Map<String, Object> storage = new HashMap<>();
        bound.associate(storage);
        bound.activate();
        try {
            bound.clearAndSet(instances);
            task.run();
        } finally {
            try {
                for (ContextualInstance<?> instance : bound.getAllContextualInstances()) {
                    if (!callers.contains(instance.getContextual())) {
                        bound.destroy(instance.getContextual());
                    }
                }
            } finally {
                bound.deactivate(); // never invalidate: the caller's request destroys its own instances
                bound.dissociate(storage);
            }
        }
    }

    private Context activeRequestContext() {
        try {
            return beans.getContext(RequestScoped.class);
        } catch (ContextNotActiveException none) {
            return null;
        }
    }

    @Override
    public String description() {
        return "Weld's request context (the caller's request-scoped instances)";
    }
}
