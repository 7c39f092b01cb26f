package dev.breaker.bench.cdi;

/**
 * The one shape every benchmarked bean has: {@link #call()} returns a field and does no work, so a
 * figure is the pure cost of the way it is called. {@link #probe()} goes through the same interception
 * (each bean binds its interceptor on the class) and is called only in set-up, to prove it.
 */
public interface ProbedBean {
    /** @return the bean's payload */
    String call();

    /** @return the stack as the bean method sees it: the proxy and interceptors that called it */
    StackTraceElement[] probe();
}
