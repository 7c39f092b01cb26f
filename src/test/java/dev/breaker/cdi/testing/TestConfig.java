package dev.breaker.cdi.testing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * Gives one test deployment its own MicroProfile Config: the test's properties above the usual
 * sources (system properties, environment variables, microprofile-config.properties), registered for
 * the thread's class loader while the container starts, and released when it stops.
 */
final class TestConfig {
    private static final int ABOVE_SYSTEM_PROPERTIES = 500;

    private TestConfig() {
    }

    static void install(Map<String, String> properties) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        release(loader);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .forClassLoader(loader)
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(Map.copyOf(properties), "test deployment", ABOVE_SYSTEM_PROPERTIES))
                .build();
        ConfigProviderResolver.instance().registerConfig(config, loader);
    }

    static void release(ClassLoader loader) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        Config current = resolver.getConfig(loader);
        resolver.releaseConfig(current);
    }
}
