/**
 * JAX-RS: a {@link dev.breaker.BreakerOpenException} that escapes a resource method is answered
 * {@code 503 Service Unavailable} with {@code Retry-After}. Touched only by a JAX-RS runtime, which finds
 * {@link dev.breaker.jaxrs.BreakerHttpFeature} (as a {@code @Provider} and through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}); no CDI annotation here, and nothing of the CDI
 * side names these classes, so an application without JAX-RS loads none of them.
 */
package dev.breaker.jaxrs;
