package dev.breaker.cdi.callpath;

import dev.breaker.cdi.InterceptorOrder;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Does nothing but proceed, at the breaker's priority. */
@Floor
@Interceptor
@Priority(InterceptorOrder.BREAKER)
public class NoOpInterceptor {
    @AroundInvoke
    public Object proceed(InvocationContext invocation) throws Exception {
        return invocation.proceed();
    }
}
