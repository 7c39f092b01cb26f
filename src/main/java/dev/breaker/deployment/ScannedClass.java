package dev.breaker.deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link ClassScanner} found in one class.
 *
 * @param breakers the breakers it declares, one per covered method
 * @param retries the methods a {@code @RetryWithBackoff} covers
 * @param fallbacks the {@code @WithFallback} methods whose fallback fits
 * @param problems a message for each annotation that would silently not apply: true of the class
 *     whether or not it becomes a bean
 * @param fallbackProblems a message for each {@code @WithFallback} whose fallback method is missing or
 *     does not fit: only for a class that is a bean (an abstract class may leave the fallback method to
 *     its subclasses)
 * @param unusableMethods by {@link MethodView#key() method key}, the method's own annotations that
 *     cannot apply; the extensions remove them from the container's model, so that the container
 *     reports the library's message instead of its own (the deployment fails either way)
 * @param unusableOnType the class's own annotations that cannot apply, likewise
 */
public record ScannedClass(List<BreakerDeclaration> breakers, List<RetryDeclaration> retries,
        List<FallbackDeclaration> fallbacks,
        List<String> problems, List<String> fallbackProblems, Map<String, Set<Binding>> unusableMethods,
        Set<Binding> unusableOnType) {

    /**
     * Copies the collections.
     *
     * @param breakers the breakers it declares, one per covered method
     * @param retries the methods a {@code @RetryWithBackoff} covers
     * @param fallbacks the {@code @WithFallback} methods whose fallback fits
     * @param problems a message for each annotation that would silently not apply: true of the class
     *     whether or not it becomes a bean
     * @param fallbackProblems a message for each {@code @WithFallback} whose fallback method is missing or
     *     does not fit: only for a class that is a bean (an abstract class may leave the fallback method to
     *     its subclasses)
     * @param unusableMethods by {@link MethodView#key() method key}, the method's own annotations that
     *     cannot apply; the extensions remove them from the container's model, so that the container
     *     reports the library's message instead of its own (the deployment fails either way)
     * @param unusableOnType the class's own annotations that cannot apply, likewise
     */
    public ScannedClass {
        breakers = List.copyOf(breakers);
        retries = List.copyOf(retries);
        fallbacks = List.copyOf(fallbacks);
        problems = List.copyOf(problems);
        fallbackProblems = List.copyOf(fallbackProblems);
        unusableMethods = unusableMethods.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        unusableOnType = Set.copyOf(unusableOnType);
    }

    /**
     * @param methodKey a method's {@link MethodView#key() key}
     * @return its own annotations that cannot apply; empty when all can
     */
    public Set<Binding> unusableOn(String methodKey) {
        return unusableMethods.getOrDefault(methodKey, Set.of());
    }

    /** @return whether the container's model must be changed before it reads the class */
    public boolean needsDisarming() {
        return !unusableOnType.isEmpty() || !unusableMethods.isEmpty();
    }
}
