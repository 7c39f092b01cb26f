package dev.breaker.deployment;

import dev.breaker.config.RetryValues;
import java.util.Objects;

/**
 * One method that a {@code @RetryWithBackoff} covers: its own annotation, or a type-level one.
 *
 * @param name the name of its settings, {@code <fully.qualified.Class>.<method>}
 * @param place where the annotation is, for messages: a method, or {@code class com.acme.Client}
 * @param values the annotation's members
 */
public record RetryDeclaration(String name, String place, RetryValues values) {
    /** Checks for nulls. */
    public RetryDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(values, "values");
    }
}
