package dev.breaker.deployment;

import dev.breaker.config.DeclaredValues;
import java.util.Objects;

/**
 * One place that declares a breaker: a method's own {@code @Breaker}, or a type-level one over a
 * method it covers.
 *
 * @param breakerName the name of the breaker declared: the {@code name} member, else the default
 * @param values the members given there
 * @param place where, for messages: a method, or {@code class com.acme.Client} for a type-level one
 */
public record Declaration(String breakerName, DeclaredValues values, String place) {
    /** Checks for nulls. */
    public Declaration {
        Objects.requireNonNull(breakerName, "breakerName");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(place, "place");
    }
}
