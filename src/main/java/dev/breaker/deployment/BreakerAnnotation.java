package dev.breaker.deployment;

import dev.breaker.config.DeclaredValues;
import java.util.Objects;

/**
 * One {@code @Breaker} annotation as a container's extension read it.
 *
 * @param name the {@code name} member; empty when left out
 * @param values the other members
 */
public record BreakerAnnotation(String name, DeclaredValues values) {
    /** Checks for nulls. */
    public BreakerAnnotation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    /** @return whether {@code name} was given */
    public boolean isNamed() {
        return !name.isEmpty();
    }
}
