package dev.breaker.cdi.stereotype;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A stereotype that carries {@code @Breaker}: the deployment scan does not read it. */
@Stereotype
@ApplicationScoped
@Breaker(failureThreshold = 1)
@Retention(RUNTIME)
@Target(TYPE)
public @interface Guarded {
}
