/**
 * Mutiny {@code Uni} methods: the breaker, the retry and the fallback as Mutiny operators, so that a
 * call is a subscription. Internal: the library's interceptors reach it through {@link
 * dev.breaker.mutiny.MutinyCalls} only, and only for a method declared to return
 * {@code io.smallrye.mutiny.Uni} once {@link dev.breaker.config.OptionalApi#MUTINY} has been found: every
 * Mutiny type the library uses is named in this package alone, so the library deploys and runs without
 * Mutiny.
 */
package dev.breaker.mutiny;
