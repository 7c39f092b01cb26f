/**
 * What both CDI extensions share: a framework-neutral view of bean classes, the scan that finds each
 * breaker, retry and fallback, and the checks across a whole deployment.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.deployment;
