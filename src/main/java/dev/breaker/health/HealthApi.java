package dev.breaker.health;

/**
 * Tells whether MicroProfile Health is on the application's class path. Nothing else in the library
 * touches a health type unless this says yes, so the library deploys without it, registers nothing
 * about health, and has nothing to complain about.
 */
public final class HealthApi {
    private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";

    private HealthApi() {
    }

    /**
     * @param loader the application's class loader; the library's own when {@code null}
     * @return whether the MicroProfile Health API can be loaded
     */
    public static boolean isPresent(ClassLoader loader) {
        try {
            Class.forName(HEALTH_CHECK, false, loader != null ? loader : HealthApi.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
