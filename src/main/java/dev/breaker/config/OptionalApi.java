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
    /** Mutiny: without it, no method can return a {@code Uni}, and nothing of dev.breaker.mutiny is loaded. */
    MUTINY("io.smallrye.mutiny.Uni");

    private final String probe;

    OptionalApi(String probe) {
        this.probe = probe;
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
