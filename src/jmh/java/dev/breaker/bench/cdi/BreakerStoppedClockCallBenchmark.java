package dev.breaker.bench.cdi;

import dev.breaker.CircuitBreakerRegistry;
import java.time.Instant;
import java.util.Optional;
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
 * Not a target: {@link BreakerCallBenchmark} with a {@link StoppedClock} bean as the breakers' clock, so
 * the difference between the two is the price of the wall-clock read each success makes, in Weld as in
 * {@code ClosedCallBenchmark.breakerStoppedClock}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BreakerStoppedClockCallBenchmark {
    private static final long STOPPED_AT = new StoppedClock().epochMillis();

    private BenchDeployment deployment;
    private BreakerBean bean;

    /** Starts the container and checks that a call goes through the bean's breaker, on the stopped clock. */
    @Setup
    public void setUp() {
        deployment = BenchDeployment.start(BreakerBean.class, StoppedClock.class);
        bean = deployment.bean(BreakerBean.class);
        InterceptionProof.check(bean, "dev.breaker.cdi.BreakerInterceptor");
        var breaker = deployment.bean(CircuitBreakerRegistry.class).get(BreakerBean.class.getName() + ".call");
        long before = breaker.getMetrics().successCount();
        bean.call();
        if (breaker.getMetrics().successCount() != before + 1) {
            throw new IllegalStateException("the call did not go through breaker " + breaker.name());
        }
        if (!breaker.getMetrics().lastSuccessTime().equals(Optional.of(Instant.ofEpochMilli(STOPPED_AT)))) {
            throw new IllegalStateException("breaker " + breaker.name() + " does not read the stopped clock");
        }
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
        deployment.close();
    }

    /** @return the bean's payload, through the proxy and a breaker whose clock never moves */
    @Benchmark
    public String breakerStoppedClock() {
        return bean.call();
    }
}
