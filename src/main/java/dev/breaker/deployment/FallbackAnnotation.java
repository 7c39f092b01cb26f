package dev.breaker.deployment;

import java.util.List;
import java.util.Objects;

/**
 * One {@code @WithFallback} annotation as a container's extension read it.
 *
 * @param methodName the {@code value} member: the fallback method's name
 * @param applyOn the {@code applyOn} types; empty when left out (every throwable)
 * @param skipOn the {@code skipOn} types; empty when left out
 */
public record FallbackAnnotation(String methodName, List<TypeView> applyOn, List<TypeView> skipOn) {
    /**
     * Copies the lists.
     *
     * @param methodName the {@code value} member: the fallback method's name
     * @param applyOn the {@code applyOn} types; empty when left out (every throwable)
     * @param skipOn the {@code skipOn} types; empty when left out
     */
    public FallbackAnnotation {
        Objects.requireNonNull(methodName, "methodName");
        applyOn = List.copyOf(applyOn);
        skipOn = List.copyOf(skipOn);
    }
}
