package dev.breaker.bench.cdi;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** The benchmarked bean with the library's {@code @Breaker}, with every setting left out. */
@ApplicationScoped
@Breaker
public class BreakerBean implements ProbedBean {
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
