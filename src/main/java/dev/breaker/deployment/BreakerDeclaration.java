package dev.breaker.deployment;

import dev.breaker.config.MemberValues;

/**
 * One method that a {@code @Breaker} covers: its own annotation, or a type-level one.
 *
 * @param breakerName the name of the breaker declared: the {@code name} member, else the default
 * @param members the annotation's other members
 * @param place where the annotation is, for messages: a method, or {@code class com.acme.Client}
 */
public record BreakerDeclaration(String breakerName, MemberValues members, String place) {
}
