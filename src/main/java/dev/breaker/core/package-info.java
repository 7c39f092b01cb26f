/**
 * The engine: the lock-free state machine of a breaker, its phases and permits, lifetime counters, the
 * retry schedule and the rules every setting follows. No {@code jakarta.*} import.
 *
 * <p><b>Internal:</b> not part of Breaker's API. Nothing here is meant to be called, subclassed or
 * injected by applications, and any of it may change in any release without notice. Use the types
 * of {@code dev.breaker} instead.
 */
package dev.breaker.core;
