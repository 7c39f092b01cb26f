package dev.breaker.bench.cdi;

import jakarta.enterprise.context.ApplicationScoped;

/** The benchmarked bean with no interceptor: only the client proxy of an application-scoped bean. */
@ApplicationScoped
public class ProxyOnlyBean implements ProbedBean {
    /** Not final, so the JIT cannot fold the call away. */
    private String payload = "ok";

    @Override
    public String call() {
        return payload;
    }

    @Override
    public StackTraceElement[] probe() {
        return new Throwable().getStackTrace();
    }
}
