/**
 * The CDI adapters: the portable extension (CDI Full), the build compatible extension (CDI Lite), the
 * interceptors and the application-scoped registry.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.cdi;
