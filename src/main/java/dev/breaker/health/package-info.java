/**
 * MicroProfile Health readiness checks, touched only when that API is present.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.health;
