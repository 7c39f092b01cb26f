package dev.breaker.bench.cdi;

import java.util.Arrays;

/**
 * Checks, before a benchmark measures anything, that its bean is called the way the figure claims:
 * through a client proxy and the interceptor it is named after, as the bean's own method sees it.
 */
final class InterceptionProof {
    private InterceptionProof() {
    }

    /**
     * @param bean the contextual reference the benchmark calls
     * @param interceptor the interceptor's class name, or {@code null} when no interceptor may run
     * @throws IllegalStateException when the bean is not proxied or not intercepted as expected
     */
    static void check(ProbedBean bean, String interceptor) {
        if (!bean.getClass().getName().contains("WeldClientProxy")) {
            throw new IllegalStateException(bean.getClass() + " is not a Weld client proxy");
        }
        StackTraceElement[] stack = bean.probe();
        boolean intercepted = Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(interceptor));
        boolean anyInterceptor = Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith("Interceptor"));
        if (interceptor == null ? anyInterceptor : !intercepted) {
            throw new IllegalStateException("expected " + (interceptor == null ? "no interceptor" : interceptor)
                    + " around " + bean.getClass().getSuperclass().getName() + ".probe(), stack: "
                    + Arrays.toString(stack));
        }
    }
}
