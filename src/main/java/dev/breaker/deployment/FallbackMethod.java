package dev.breaker.deployment;

/**
 * The fallback method found for a {@code @WithFallback} method.
 *
 * @param method the fallback method
 * @param receivesFailure whether it takes one more parameter than the protected method: the failure
 */
public record FallbackMethod(MethodView method, boolean receivesFailure) {
}
