package dev.breaker.deployment;

import java.util.Objects;

/**
 * One {@code @WithFallback} method whose fallback method was found and fits.
 *
 * @param name the name of its settings, {@code <fully.qualified.Class>.<method>}
 * @param place the method, for messages
 */
public record FallbackDeclaration(String name, String place) {
    /** Checks for nulls. */
    public FallbackDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
    }
}
