package dev.breaker.bench.cdi;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer: the same bean shape in Weld SE with MicroProfile Fault Tolerance's {@code @CircuitBreaker},
 * run by SmallRye Fault Tolerance's CDI extension with its defaults (no MicroProfile Metrics on the
 * class path, so no metrics).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FaultToleranceCallBenchmark {
    private BenchDeployment deployment;
    private FaultToleranceBean bean;

    /** Starts the container and checks that SmallRye's interceptor runs around the bean. */
    @Setup
    public void setUp() {
        deployment = BenchDeployment.start(FaultToleranceBean.class);
        bean = deployment.bean(FaultToleranceBean.class);
        InterceptionProof.check(bean, "io.smallrye.faulttolerance.FaultToleranceInterceptor");
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
        deployment.close();
    }

    /** @return the bean's payload, through the proxy and SmallRye's circuit breaker */
    @Benchmark
    public String smallrye() {
        return bean.call();
    }
}
