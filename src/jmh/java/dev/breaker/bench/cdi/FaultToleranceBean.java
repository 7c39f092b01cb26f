package dev.breaker.bench.cdi;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import jakarta.enterprise.context.ApplicationScoped;

/** The benchmarked bean with MicroProfile Fault Tolerance's {@code @CircuitBreaker} (SmallRye Fault Tolerance), with every setting left out. */
@ApplicationScoped
@CircuitBreaker
public class FaultToleranceBean implements ProbedBean {
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
