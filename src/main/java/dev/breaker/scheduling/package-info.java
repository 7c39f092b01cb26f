/**
 * Where asynchronous retries wait and run their later attempts, and which of the caller's context goes
 * with them: chosen once at start-up from what the runtime offers (a Jakarta Concurrency
 * {@code ManagedScheduledExecutorService}, Quarkus's event loop and worker pool, else the library's
 * own threads; MicroProfile Context Propagation, Jakarta Concurrency's {@code ContextService}, Weld's or
 * ArC's request context). Each container API is touched only once {@link dev.breaker.config.OptionalApi}
 * has found it and the runtime has answered, so the library deploys the same without any of them.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.scheduling;
