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
 * The floor of any interceptor-based breaker: the same bean shape in Weld SE with an interceptor that
 * only proceeds ({@link PassThroughInterceptor}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PassThroughCallBenchmark {
    private BenchDeployment deployment;
    private PassThroughBean bean;

    /** Starts the container and checks that the no-op interceptor runs around the bean. */
    @Setup
    public void setUp() {
        deployment = BenchDeployment.start(PassThroughBean.class, PassThroughInterceptor.class);
        bean = deployment.bean(PassThroughBean.class);
        InterceptionProof.check(bean, PassThroughInterceptor.class.getName());
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
        deployment.close();
    }

    /** @return the bean's payload, through the proxy and the no-op interceptor */
    @Benchmark
    public String noOpInterceptor() {
        return bean.call();
    }
}
