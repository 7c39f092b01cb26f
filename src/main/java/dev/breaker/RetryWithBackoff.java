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
 * Retries a CDI bean method with exponential backoff. Combined with {@link Breaker} and {@link
 * WithFallback} in one fixed order, whatever the order written: fallback outermost, then the breaker,
 * then retry innermost, so a breaker counts one failure for a whole run of attempts.
 * {@link BreakerOpenException} is never retried.
 *
 * <p>Numeric members default to "left out" values ({@link #UNSET}, or {@code NaN} for the fractional
 * ones): the value then comes from configuration, else the built-in default given on each member.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface RetryWithBackoff {
    /** The value of an integer member that was left out. */
    int UNSET = Integer.MIN_VALUE;

    /** @return attempts in all, the first included, at least 1; left out: 3 */
    @Nonbinding
    int maxAttempts() default UNSET;

    /** @return milliseconds to wait before the second attempt, at least 0; left out: 1000 */
    @Nonbinding
    long baseDelayMillis() default UNSET;

    /** @return each further wait is the one before times this, at least 1; left out: 2.0 */
    @Nonbinding
    double multiplier() default Double.NaN;

    /** @return no wait is longer, jitter included, at least 0; left out: 30000 */
    @Nonbinding
    long maxDelayMillis() default UNSET;

    /** @return each wait varies at random by up to this fraction of itself, 0 to 1; left out: 0.2 */
    @Nonbinding
    double jitter() default Double.NaN;

    /** @return throwable types worth another attempt; left out: every {@link Exception} */
    @Nonbinding
    Class<? extends Throwable>[] retryOn() default {};

    /** @return throwable types that end the attempts at once; wins over {@link #retryOn()} */
    @Nonbinding
    Class<? extends Throwable>[] abortOn() default {};
}
