package dev.breaker.scheduling;

import jakarta.enterprise.concurrent.ContextService;
import java.util.concurrent.Executor;
import javax.naming.NamingException;

/**
 * Jakarta Concurrency's default {@code ContextService}: the caller's application context (class loader,
 * {@code java:} names) and security identity. It does not carry the CDI request context in any server
 * tried, whatever a context service definition says. Loaded only once
 * {@link dev.breaker.config.OptionalApi#JAKARTA_CONCURRENCY} is present.
 */
final class ContextServiceCarrier implements ContextCarrier {
    /** The default context service every Jakarta EE 10 server binds. */
    static final String DEFAULT_NAME = "java:comp/DefaultContextService";

    private final ContextService contexts;

    private ContextServiceCarrier(ContextService contexts) {
        this.contexts = contexts;
    }

    /**
     * On the deployment's thread.
     *
     * @return the server's default context service; {@code null} outside a Jakarta EE server
     */
    static ContextCarrier find() {
        try {
            return Jndi.lookup(DEFAULT_NAME) instanceof ContextService contexts ? new ContextServiceCarrier(contexts) : null;
        } catch (NamingException | RuntimeException noServer) {
            return null;
        }
    }

    @Override
    public Executor capture() {
        return contexts.currentContextExecutor();
    }

    @Override
    public String description() {
        return "Jakarta Concurrency's default ContextService (application: class loader and java: names; security)";
    }
}
