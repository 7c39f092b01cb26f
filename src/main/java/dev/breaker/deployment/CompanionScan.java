package dev.breaker.deployment;

import java.util.List;
import java.util.Set;

/**
 * What {@link CompanionScanner} found in one class.
 *
 * @param retries the methods a {@code @RetryWithBackoff} covers
 * @param fallbacks the {@code @WithFallback} methods whose fallback fits
 * @param problems a message for each annotation that would silently not apply: true of the class
 *     whether or not it becomes a bean
 * @param fallbackProblems a message for each {@code @WithFallback} whose fallback method is missing or
 *     does not fit: only for a class that is a bean (an abstract class may leave the fallback method to
 *     its subclasses)
 * @param unusableMethods the {@link CompanionMethodView#key() keys} of methods whose own annotations
 *     cannot apply; the extensions remove them from the container's model, so that the container
 *     reports the library's message instead of its own (the deployment fails either way)
 * @param typeRetryUnusable whether the class's own {@code @RetryWithBackoff} cannot apply, likewise
 */
public record CompanionScan(List<RetryDeclaration> retries, List<FallbackDeclaration> fallbacks, List<String> problems,
        List<String> fallbackProblems, Set<String> unusableMethods, boolean typeRetryUnusable) {

    /** Copies the collections. */
    public CompanionScan {
        retries = List.copyOf(retries);
        fallbacks = List.copyOf(fallbacks);
        problems = List.copyOf(problems);
        fallbackProblems = List.copyOf(fallbackProblems);
        unusableMethods = Set.copyOf(unusableMethods);
    }

    /** @return whether the container's model must be changed before it reads the class */
    public boolean needsDisarming() {
        return typeRetryUnusable || !unusableMethods.isEmpty();
    }
}
