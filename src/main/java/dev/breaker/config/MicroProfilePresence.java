package dev.breaker.config;

/** Probes the class path for the MicroProfile Config API, so that nothing touches it when it is absent. */
final class MicroProfilePresence {
    private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

    private MicroProfilePresence() {
    }

    static boolean isPresent(ClassLoader loader) {
        try {
            Class.forName(CONFIG_PROVIDER, false, loader != null ? loader : MicroProfilePresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
