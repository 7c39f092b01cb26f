package dev.breaker.bench.cdi;

import dev.breaker.CircuitBreakerRegistry;
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
 * A {@code @Breaker} method of an application-scoped bean in Weld SE, called through its client proxy,
 * the library's interceptor and a CLOSED breaker. Read against {@link PassThroughCallBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BreakerCallBenchmark {
    private BenchDeployment deployment;
    private BreakerBean bean;

    /** Starts the container and checks that a call goes through the bean's breaker. */
    @Setup
    public void setUp() {
        deployment = BenchDeployment.start(BreakerBean.class);
        bean = deployment.bean(BreakerBean.class);
        InterceptionProof.check(bean, "dev.breaker.cdi.BreakerInterceptor");
        var breaker = deployment.bean(CircuitBreakerRegistry.class).get(BreakerBean.class.getName() + ".call");
        long before = breaker.getMetrics().successCount();
        bean.call();
        if (breaker.getMetrics().successCount() != before + 1) {
            throw new IllegalStateException("the call did not go through breaker " + breaker.name());
        }
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
        deployment.close();
    }

    /** @return the bean's payload, through the proxy and the breaker */
    @Benchmark
    public String breaker() {
        return bean.call();
    }
}
