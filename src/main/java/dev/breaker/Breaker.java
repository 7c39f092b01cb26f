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
 * {@code breaker.<name>.half-open-max-calls}, {@code breaker.<name>.enabled}, {@code breaker.<name>.health},
 * and for ratio mode {@code failure-ratio}, {@code window-size}, {@code window-duration},
 * {@code minimum-calls}, {@code slow-call-duration}).
 *
 * <p>Numeric members default to {@link #UNSET} ({@code NaN} for {@link #failureRatio()}), meaning "left out": the value then comes from
 * configuration ({@code breaker.<key>}) or the built-in default. Any other value below a member's
 * minimum is a deployment error.
 *
 * <p><b>Where it applies.</b> On a method, that method; on a class (or, being {@code @Inherited}, a
 * superclass), every business method of the bean: each method that is neither private nor static,
 * inherited ones included, each with a breaker of its own unless {@link #name()} makes them share
 * one. The default name is that of the class that declares the method. A container cannot
 * intercept a private, static or final method, a final class, or the objects a producer returns,
 * so {@code @Breaker} there is a deployment error rather than a breaker that silently never runs.
 * Put it on the bean class, not on an interface (CDI does not inherit interceptor bindings from
 * interfaces) nor through a stereotype (not read at deployment).
 *
 * <p><b>Order with other interceptors.</b> The interceptor runs at priority
 * {@code PLATFORM_AFTER + 110} (4110): inside MicroProfile Fault Tolerance (4010), which so wraps it
 * as it wraps its own {@code @CircuitBreaker}; inside {@link WithFallback} (4100) and outside
 * {@link RetryWithBackoff} (4120), whatever the order the annotations are written in. See {@code
 * dev.breaker.cdi.InterceptorOrder}.
 *
 * <p><b>Asynchronous methods.</b> A method declared to return {@code CompletionStage} or {@code
 * CompletableFuture} succeeds or fails when its stage completes; a rejection is a stage failed with
 * {@link BreakerOpenException}, never thrown.
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

    /**
     * @return the share of failures among recent calls that opens the breaker, above 0 and at most 1
     *     (such as 0.5); given, the breaker is in ratio mode and {@link #failureThreshold()} is not used.
     *     Left out ({@code NaN}): configuration, else consecutive failures
     */
    @Nonbinding
    double failureRatio() default Double.NaN;

    /** @return ratio mode's window: the last this many calls, from 1 to 100,000; left out: configuration, else 20 */
    @Nonbinding
    int windowSize() default UNSET;

    /**
     * @return ratio mode's window, when given: the calls of this many last seconds, from 1 to 3600, instead
     *     of a count; left out: configuration, else a count window
     */
    @Nonbinding
    long windowSeconds() default UNSET;

    /**
     * @return ratio mode opens only once the window holds this many outcomes, at least 1 (for a count
     *     window at most {@link #windowSize()}); left out: configuration, else the window's size for a count
     *     window and 20 for a time window
     */
    @Nonbinding
    int minimumCalls() default UNSET;

    /**
     * @return milliseconds after which a call that returns normally counts as a failure (the caller still
     *     gets its result), at least 1; left out: configuration, else no limit
     */
    @Nonbinding
    long slowCallMillis() default UNSET;

    /** @return throwable types that count as failures; left out: every throwable */
    @Nonbinding
    Class<? extends Throwable>[] failOn() default {};

    /** @return throwable types that never count as failures; wins over {@link #failOn()} */
    @Nonbinding
    Class<? extends Throwable>[] skipOn() default {};
}
