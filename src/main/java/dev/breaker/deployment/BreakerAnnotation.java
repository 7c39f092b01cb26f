package dev.breaker.deployment;

import dev.breaker.config.MemberValues;

/**
 * One {@code @Breaker} annotation as a container's extension read it.
 *
 * @param name the {@code name} member; empty when left out
 * @param members the other members
 */
public record BreakerAnnotation(String name, MemberValues members) {
    /** @return whether {@code name} was given */
    public boolean isNamed() {
        return !name.isEmpty();
    }
}
