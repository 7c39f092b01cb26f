package dev.breaker.config;

import java.util.Optional;

/**
 * Reads one configuration property as text. The configuration package parses and checks the text
 * itself, so that a value is judged the same way whatever implementation of MicroProfile Config is
 * underneath, and so that a bad value gets the library's message rather than a converter's.
 */
@FunctionalInterface
public interface ConfigLookup {
    /**
     * @param key a full property key, such as {@code breaker.exchange-api.timeout}
     * @return its value as configured; empty when it is not set
     */
    Optional<String> value(String key);

    /** @return a lookup that finds nothing: annotations and built-in defaults decide every setting */
    static ConfigLookup none() {
        return key -> Optional.empty();
    }

    /**
     * The application's configuration, as MicroProfile Config sees it for the given class loader.
     * Obtain it once, on a thread of the application's deployment, and keep it: on some servers a
     * lookup from a foreign thread does not see the application's own properties.
     *
     * @param applicationLoader the application's class loader
     * @return a lookup over MicroProfile Config, or {@link #none()} when its API is not on the class path
     */
    static ConfigLookup ofApplication(ClassLoader applicationLoader) {
        if (!OptionalApi.MICROPROFILE_CONFIG.isPresent(applicationLoader)) {
            return none();
        }
        return MicroProfileConfigLookup.of(applicationLoader);
    }
}
