package dev.breaker;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Protects a CDI bean method with a circuit breaker. On a type, it protects every business method;
 * a method's own {@code @Breaker} wins over its type's, as a whole annotation.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ExchangeClient {
 *     @Breaker(name = "exchange-api", failureThreshold = 5, timeoutSeconds = 60)
 *     public Ticker ticker(String symbol) { ... }
 * }
 * }</pre>
 *
 * <p>Every method that gives the same {@link #name()} shares one breaker. The container's extension
 * finds every {@code @Breaker} at deployment, creates the breakers at start-up and checks their
 * settings; an invalid one stops the deployment. MicroProfile Config overrides any member per
 * breaker ({@code breaker.<name>.failure-threshold}, {@code breaker.<name>.timeout},
 * {@code breaker.<name>.half-open-max-calls}, {@code breaker.<name>.enabled}, {@code breaker.<name>.health}).
 *
 * <p>Numeric members default to {@link #UNSET}, meaning "left out": the value then comes from
 * configuration ({@code breaker.<key>}) or the built-in default. Any other value below a member's
 * minimum is a deployment error.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Breaker {
    /** The value of a numeric member that was left out. */
    int UNSET = Integer.MIN_VALUE;

    /**
     * @return the breaker's name; every method that gives it shares one breaker. Left out: one breaker
     *     per method, named {@code <fully.qualified.Class>.<method>} (overloads share it)
     */
    @Nonbinding
    String name() default "";

    /** @return consecutive failures that open the breaker, at least 1; left out: configuration, else 5 */
    @Nonbinding
    int failureThreshold() default UNSET;

    /**
     * @return seconds OPEN before trial calls, at least 1 (configuration can set shorter, such as
     *     {@code 250ms}); left out: configuration, else 60
     */
    @Nonbinding
    long timeoutSeconds() default UNSET;

    /** @return trial calls admitted in HALF_OPEN, at least 1; left out: configuration, else 3 */
    @Nonbinding
    int halfOpenMaxCalls() default UNSET;

    /** @return throwable types that count as failures; left out: every throwable */
    @Nonbinding
    Class<? extends Throwable>[] failOn() default {};

    /** @return throwable types that never count as failures; wins over {@link #failOn()} */
    @Nonbinding
    Class<? extends Throwable>[] skipOn() default {};
}
