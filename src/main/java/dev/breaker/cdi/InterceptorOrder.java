package dev.breaker.cdi;

import jakarta.interceptor.Interceptor;

/**
 * The priorities of the library's interceptors. A lower priority runs first, so outermost.
 *
 * <p><b>Relative to MicroProfile Fault Tolerance</b>, whose interceptor runs at {@code
 * PLATFORM_AFTER + 10} (4010; implementations use 4010 to 4050): the library's interceptors run
 * after it, inside it. So MicroProfile Fault Tolerance wraps {@code @Breaker} the way it wraps its own
 * {@code @CircuitBreaker}: its {@code @Fallback} also answers a {@link dev.breaker.BreakerOpenException},
 * and its {@code @Retry} retries around the breaker. Placed outside instead, an MP {@code @Fallback}
 * would hide every failure from the breaker, which would then never open: the worse of the two
 * mistakes a mixed application can make. Transactions and other platform interceptors ({@code
 * PLATFORM_BEFORE}) and the application's own ({@code APPLICATION}) run outside all of them.
 *
 * <p><b>Among the library's own</b>, the order is fixed whatever the order the annotations are
 * written in: {@code @WithFallback} outermost, then {@code @Breaker}, then {@code @RetryWithBackoff}
 * innermost, so a breaker counts one failure for a whole run of retries and a fallback answers for a
 * breaker that rejects. The gaps leave room for more.
 */
public final class InterceptorOrder {
    /** {@code @WithFallback}: outermost of the library's, 4100. */
    public static final int WITH_FALLBACK = Interceptor.Priority.PLATFORM_AFTER + 100;
    /** {@code @Breaker}: 4110. */
    public static final int BREAKER = Interceptor.Priority.PLATFORM_AFTER + 110;
    /** {@code @RetryWithBackoff}: innermost of the library's, 4120. */
    public static final int RETRY_WITH_BACKOFF = Interceptor.Priority.PLATFORM_AFTER + 120;

    private InterceptorOrder() {
    }
}
