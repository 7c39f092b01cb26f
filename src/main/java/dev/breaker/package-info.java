/**
 * Breaker's public API: {@link dev.breaker.Breaker @Breaker},
 * {@link dev.breaker.RetryWithBackoff @RetryWithBackoff} and {@link dev.breaker.WithFallback @WithFallback}
 * for CDI beans;
 * {@link dev.breaker.CircuitBreaker} and {@link dev.breaker.CircuitBreakerRegistry} for programmatic
 * use; {@link dev.breaker.CircuitState}, {@link dev.breaker.BreakerMetrics},
 * {@link dev.breaker.BreakerStateChanged} and {@link dev.breaker.BreakerOpenException} for what a
 * breaker shows. This package is the only one with a compatibility promise: every other package of
 * the jar is internal and may change in any release.
 */
package dev.breaker;
