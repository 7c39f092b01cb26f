package dev.breaker.deployment;

import java.util.List;

/**
 * Every {@code @RetryWithBackoff} and {@code @WithFallback} method the deployment declares. This is
 * what an extension hands to run time (in CDI Lite, as synthetic bean parameters), where their
 * settings are resolved again at start-up against the configuration of that moment.
 *
 * @param retries every method a {@code @RetryWithBackoff} covers, in the order found
 * @param fallbacks every {@code @WithFallback} method whose fallback fits, in the order found
 */
public record DeclaredCompanions(List<RetryDeclaration> retries, List<FallbackDeclaration> fallbacks) {
    /** Copies the lists. */
    public DeclaredCompanions {
        retries = List.copyOf(retries);
        fallbacks = List.copyOf(fallbacks);
    }
}
