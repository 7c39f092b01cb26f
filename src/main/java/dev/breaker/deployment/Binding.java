package dev.breaker.deployment;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import java.lang.annotation.Annotation;

/** The library's annotations that a bean class can carry, each of which binds one of its interceptors. */
public enum Binding {
    /** {@code @Breaker}, on a type or a method. */
    BREAKER(Breaker.class),
    /** {@code @RetryWithBackoff}, on a type or a method. */
    RETRY(RetryWithBackoff.class),
    /** {@code @WithFallback}, on a method. */
    FALLBACK(WithFallback.class);

    private final Class<? extends Annotation> annotation;

    Binding(Class<? extends Annotation> annotation) {
        this.annotation = annotation;
    }

    /** @return the annotation type */
    public Class<? extends Annotation> annotation() {
        return annotation;
    }
}
