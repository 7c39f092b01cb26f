package dev.breaker.deployment;

/**
 * One {@code @WithFallback} method whose fallback method was found and fits.
 *
 * @param name the name of its settings, {@code <fully.qualified.Class>.<method>}
 * @param place the method, for messages
 */
public record FallbackDeclaration(String name, String place) {
}
