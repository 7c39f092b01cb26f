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
 * Not a target, context only: the same bean shape in Weld SE with no interceptor at all, so the
 * difference from {@link PassThroughCallBenchmark} is what interception itself costs in Weld.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProxyOnlyCallBenchmark {
    private BenchDeployment deployment;
    private ProxyOnlyBean bean;

    /** Starts the container and checks that only the client proxy stands before the bean. */
    @Setup
    public void setUp() {
        deployment = BenchDeployment.start(ProxyOnlyBean.class);
        bean = deployment.bean(ProxyOnlyBean.class);
        InterceptionProof.check(bean, null);
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
        deployment.close();
    }

    /** @return the bean's payload, through the client proxy alone */
    @Benchmark
    public String proxyOnly() {
        return bean.call();
    }
}
