/**
 * Settings from annotations and MicroProfile Config: the typed description of every key, the
 * precedence rule, the parsing of configured text, and the catalogue of deployment messages
 * ({@code BRK-xxx}).
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.config;
