package dev.breaker.config;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@link ConfigLookup} over one MicroProfile {@link Config}. Loaded only once {@link
 * OptionalApi#MICROPROFILE_CONFIG} has been found, so the library deploys without it.
 */
final class MicroProfileConfigLookup implements ConfigLookup {
    private final Config config;

    private MicroProfileConfigLookup(Config config) {
        this.config = config;
    }

    static ConfigLookup of(ClassLoader applicationLoader) {
        Config config = applicationLoader != null
                ? ConfigProvider.getConfig(applicationLoader)
                : ConfigProvider.getConfig();
        return new MicroProfileConfigLookup(config);
    }

    @Override
    public Optional<String> value(String key) {
        // Read as text: this package parses every value itself, so all runtimes judge it alike.
        return config.getOptionalValue(key, String.class);
    }
}
