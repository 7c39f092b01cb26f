package dev.breaker.config;

/**
 * The container APIs the library uses only when the application has them. Nothing in the library
 * touches a type of one of them unless {@link #isPresent} says yes, so the library deploys without
 * them, registers nothing for them, and has nothing to complain about.
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
    OPENTELEMETRY("io.opentelemetry.api.OpenTelemetry");

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
