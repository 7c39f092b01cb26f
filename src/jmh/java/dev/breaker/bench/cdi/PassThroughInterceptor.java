package dev.breaker.bench.cdi;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The floor for any interceptor-based breaker: an interceptor that only calls {@code proceed()}. It
 * has the breaker interceptor's priority, so Weld builds the same kind of interception chain for it.
 * It keeps no count, so that the floor carries no cost of its own: {@link InterceptionProof} shows
 * from the stack that it runs.
 */
@PassThrough
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 110)
public class PassThroughInterceptor {
    /**
     * @param invocation the intercepted call
     * @return what the method returned
     * @throws Exception what the method threw
     */
    @AroundInvoke
    public Object proceed(InvocationContext invocation) throws Exception {
        return invocation.proceed();
    }
}
