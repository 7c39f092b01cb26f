package dev.breaker.deployment;

import dev.breaker.config.MemberValues;

/**
 * One method that a {@code @RetryWithBackoff} covers: its own annotation, or a type-level one.
 *
 * @param name the name of its settings, {@code <fully.qualified.Class>.<method>}
 * @param members the annotation's members
 * @param place where the annotation is, for messages: a method, or {@code class com.acme.Client}
 */
public record RetryDeclaration(String name, MemberValues members, String place) {
}
