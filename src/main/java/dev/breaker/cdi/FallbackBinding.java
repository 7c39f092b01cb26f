package dev.breaker.cdi;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Binds {@link FallbackInterceptor}; not for applications. The library's extensions add it, in the
 * container's model, to every {@link dev.breaker.WithFallback} method that can be intercepted.
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
    /** The annotation, for extensions that add it. */
    final class Literal extends AnnotationLiteral<FallbackBinding> implements FallbackBinding {
        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {
        }
    }
}
