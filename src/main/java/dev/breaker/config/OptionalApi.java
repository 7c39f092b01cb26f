package dev.breaker.config;

/**
 * The container APIs the library uses only when the application has them. Nothing in the library
 * touches a type of one of them unless {@link #isPresent} says yes, so the library deploys without
 * them, registers nothing for them, and has nothing to complain about.
 *
 * <p>An API on the class path does not mean that its runtime is the one running: a test class path
 * holds every one of them. Code that uses the container APIs of asynchronous retries checks that the
 * runtime answers too (a JNDI lookup that succeeds, a container that is there) before it relies on one.
 */
public enum OptionalApi {
    /** MicroProfile Config: without it, annotations and built-in defaults decide every setting. */
    MICROPROFILE_CONFIG("org.eclipse.microprofile.config.ConfigProvider"),
    /** MicroProfile Health: without it, no readiness check is registered. */
    MICROPROFILE_HEALTH("org.eclipse.microprofile.health.HealthCheck"),
    /** Micrometer: the {@code micrometer} metrics backend, through a {@code MeterRegistry} bean. */
    MICROMETER("io.micrometer.core.instrument.MeterRegistry"),
    /** MicroProfile Metrics 5: the {@code mp-metrics} backend, through the application {@code MetricRegistry}. */
    MICROPROFILE_METRICS("org.eclipse.microprofile.metrics.MetricRegistry"),
    /** OpenTelemetry (MicroProfile Telemetry 2): the {@code opentelemetry} backend, through an {@code OpenTelemetry} bean. */
    OPENTELEMETRY("io.opentelemetry.api.OpenTelemetry"),
    /** Jakarta Concurrency: managed schedulers and the ContextService of Jakarta EE servers. */
    JAKARTA_CONCURRENCY("jakarta.enterprise.concurrent.ContextService"),
    /** MicroProfile Context Propagation: the caller's context, CDI's included (Quarkus, Open Liberty). */
    MICROPROFILE_CONTEXT_PROPAGATION("org.eclipse.microprofile.context.ThreadContext"),
    /** Weld's API for its contexts (Payara, WildFly, Weld SE; Open Liberty hides it from applications). */
    WELD_CONTEXTS("org.jboss.weld.context.bound.BoundRequestContext"),
    /** Quarkus's CDI container, ArC. */
    ARC("io.quarkus.arc.Arc"),
    /** Vert.x, Quarkus's event loop: in Quarkus, asynchronous retries wait on its timers. */
    VERTX("io.vertx.core.Vertx"),
    /** Mutiny: without it, no method can return a {@code Uni}, and nothing of dev.breaker.mutiny is loaded. */
    MUTINY("io.smallrye.mutiny.Uni");

    private final String probe;

    OptionalApi(String probe) {
        this.probe = probe;
    }

    /** @return the fully qualified name of the type whose presence stands for the API */
    public String typeName() {
        return probe;
    }

    /**
     * @param loader the application's class loader; the library's own when {@code null}
     * @return whether the API can be loaded there
     */
    public boolean isPresent(ClassLoader loader) {
        try {
            Class.forName(probe, false, loader != null ? loader : OptionalApi.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
