package dev.breaker.scheduling;

import dev.breaker.config.ApplicationKeys;
import dev.breaker.config.Message;
import dev.breaker.config.OptionalApi;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Optional;
import javax.naming.NamingException;

/**
 * Chooses, once at start-up and on the deployment's thread (where a Jakarta EE server's {@code java:comp}
 * names resolve), where asynchronous retries wait and which of the caller's context goes with them:
 *
 * <pre>
 * where:   breaker.retry-executor, a JNDI name (a deployment error when it names no scheduler)
 *          else, in Quarkus: Vert.x timers, then the ManagedExecutor (Quarkus's worker pool)
 *          else java:comp/DefaultManagedScheduledExecutorService (Payara, WildFly, Open Liberty)
 *          else the library's own threads (Weld SE)
 * context: MicroProfile Context Propagation, when it has an implementation (Quarkus, Open Liberty with
 *          the mpContextPropagation feature)
 *          else java:comp/DefaultContextService (application, security) and ArC's or Weld's request
 *          context, each where it is found
 * </pre>
 *
 * Every optional API is probed on the library's class loader (the one its classes link against) before
 * a class that uses it is loaded, and then the runtime is asked too: the API alone may be on the class
 * path without its runtime (tests have all of them).
 */
public final class RetrySchedulingResolver {
    private RetrySchedulingResolver() {
    }

    /**
     * @param beans the container
     * @param configured the scheduler's JNDI name, from {@code breaker.retry-executor}; empty: the default
     * @return the choice
     * @throws IllegalStateException ({@code BRK-802}) when the configured name is no scheduler here
     */
    public static RetryScheduling resolve(BeanManager beans, Optional<String> configured) {
        boolean arc = present(OptionalApi.ARC) && ArcRequestCarrier.running();
        RetryExecutor executor;
        if (configured.isPresent()) {
            executor = configured(configured.get());
        } else if (arc) {
            executor = present(OptionalApi.VERTX) && present(OptionalApi.MICROPROFILE_CONTEXT_PROPAGATION)
                    ? VertxRetryExecutor.find(beans) : null;
        } else {
            executor = present(OptionalApi.JAKARTA_CONCURRENCY) ? defaultManaged() : null;
        }
        return new RetryScheduling(executor, carrier(beans, arc));
    }

    private static RetryExecutor configured(String name) {
        try {
            return ManagedRetryExecutor.lookup(name);
        } catch (NamingException | RuntimeException | LinkageError wrong) {
            String why = wrong instanceof ManagedRetryExecutor.NotAScheduler ? wrong.getMessage()
                    : "looking it up failed with " + wrong;
            throw new IllegalStateException(
                    Message.RETRY_EXECUTOR_NOT_FOUND.format(ApplicationKeys.RETRY_EXECUTOR.forEvery(), name, why), wrong);
        }
    }

    private static RetryExecutor defaultManaged() {
        try {
            return ManagedRetryExecutor.lookup(ManagedRetryExecutor.DEFAULT_NAME);
        } catch (NamingException | RuntimeException | LinkageError notAServer) {
            return null; // no JNDI (Weld SE), or a server without Jakarta Concurrency
        }
    }

    private static ContextCarrier carrier(BeanManager beans, boolean arc) {
        if (present(OptionalApi.MICROPROFILE_CONTEXT_PROPAGATION)) {
            ContextCarrier everything = ThreadContextCarrier.find();
            if (everything != null) {
                return everything;
            }
        }
        ContextCarrier application = present(OptionalApi.JAKARTA_CONCURRENCY) ? ContextServiceCarrier.find() : null;
        ContextCarrier request = null;
        if (arc) {
            request = ArcRequestCarrier.create();
        } else if (present(OptionalApi.WELD_CONTEXTS)) {
            request = WeldRequestCarrier.find(beans);
        }
        if (application == null || request == null) {
            return application != null ? application : request != null ? request : ContextCarrier.NONE;
        }
        return application.then(request);
    }

    private static boolean present(OptionalApi api) {
        return api.isPresent(RetrySchedulingResolver.class.getClassLoader());
    }
}
