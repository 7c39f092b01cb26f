package dev.breaker;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.breaker.cdi.FallbackBinding;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Answers with another method of the same bean when the protected call throws, a rejection by a
 * {@link Breaker} ({@link BreakerOpenException}) included. The fallback method has the same parameter
 * types, optionally followed by one {@link Throwable} parameter that receives the failure, and a return
 * type assignable to the protected method's. It is found and checked at deployment: a missing or
 * mismatched one stops the deployment.
 *
 * <p>On a MicroProfile Rest Client interface ({@code @RegisterRestClient}), it goes on a REST call and
 * names a {@code default} method of the interface.
 */
@InterceptorBinding
@FallbackBinding // binds the library's interceptor wherever this annotation is, REST client interfaces included
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface WithFallback {
    /** @return the name of the fallback method, in the same bean */
    @Nonbinding
    String value();

    /** @return throwable types the fallback answers; left out: every throwable */
    @Nonbinding
    Class<? extends Throwable>[] applyOn() default {};

    /** @return throwable types the fallback never answers; wins over {@link #applyOn()} */
    @Nonbinding
    Class<? extends Throwable>[] skipOn() default {};
}
