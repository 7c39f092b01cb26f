package dev.breaker.cdi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Binds {@link FallbackInterceptor}; not for applications. {@link dev.breaker.WithFallback} carries it as a
 * meta-annotation (a transitive interceptor binding), so every {@code @WithFallback} method is bound to
 * the interceptor by what its own source says. That matters for MicroProfile Rest Client interfaces:
 * their implementations (Quarkus, RESTEasy, Jersey) read the interface's own annotations and ignore
 * bindings that an extension adds to the container's model.
 *
 * <p>Why not bind the interceptor to {@code @WithFallback} itself: an interceptor class must carry its
 * binding, and {@code @WithFallback} is for methods only ({@code @Target(METHOD)}), so that a misplaced
 * one on a class is a compile error. MicroProfile Fault Tolerance implementations bind their
 * interceptor the same way.
 */
@InterceptorBinding
@Documented
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface FallbackBinding {
}
