package dev.breaker.deployment;

import java.util.List;
import java.util.Objects;

/**
 * Everything a deployment declares for the library's interceptors. This is what an extension hands to
 * run time (in CDI Lite, as synthetic bean parameters): the registry creates each breaker from it at
 * start-up, and the retry and fallback settings are checked again then against the configuration of
 * that moment.
 *
 * @param breakers every {@code @Breaker} declaration, by breaker
 * @param retries every method a {@code @RetryWithBackoff} covers, in the order found
 * @param fallbacks every {@code @WithFallback} method whose fallback fits, in the order found
 */
public record Declarations(DeclaredBreakers breakers, List<RetryDeclaration> retries,
        List<FallbackDeclaration> fallbacks) {

    /** Copies the lists. */
    public Declarations {
        Objects.requireNonNull(breakers, "breakers");
        retries = List.copyOf(retries);
        fallbacks = List.copyOf(fallbacks);
    }
}
