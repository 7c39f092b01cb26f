package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import java.util.concurrent.Callable;
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
 * Ratio mode, a window of the calls of the last 60 seconds: one successful call through a CLOSED guard
 * of each library that has a time window (SmallRye Fault Tolerance has none). Resilience4j twice, as
 * in {@link RatioCallBenchmark}. Run with {@code -prof gc} for bytes per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TimeWindowCallBenchmark {
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;
    private final CheckedSupplier<String> failsafeOperation = () -> payload;

    private CircuitBreaker breaker;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jLockFree;
    private dev.failsafe.CircuitBreaker<String> failsafeBreaker;
    private FailsafeExecutor<String> failsafe;

    /** Builds one CLOSED guard of each kind, and checks that ours is in ratio mode with a time window. */
    @Setup
    public void setUp() {
        breaker = Guards.breakerTimeWindow("ratio-time");
        if (!breaker.settings().ratioMode()
                || !breaker.settings().windowDuration().equals(java.util.Optional.of(Guards.WINDOW_DURATION))) {
            throw new IllegalStateException("not a window of " + Guards.WINDOW_DURATION + ": " + breaker.settings());
        }
        resilience4j = Guards.resilience4jTimeWindow("ratio-time", SlidingWindowSynchronizationStrategy.SYNCHRONIZED);
        resilience4jLockFree = Guards.resilience4jTimeWindow("ratio-time-lock-free",
                SlidingWindowSynchronizationStrategy.LOCK_FREE);
        failsafeBreaker = Guards.failsafeTimeWindow();
        failsafe = Failsafe.with(failsafeBreaker);
    }

    /** Every call succeeded: every guard must still be CLOSED. */
    @TearDown
    public void checkClosed() {
        GuardCheck.closed(breaker, resilience4j, resilience4jLockFree, failsafeBreaker);
    }

    /** @return the call through {@link CircuitBreaker#call} */
    @Benchmark
    public String breaker() throws Exception {
        return breaker.call(operation);
    }

    /** @return the call through Resilience4j, its default (synchronized) time window */
    @Benchmark
    public String resilience4j() throws Exception {
        return resilience4j.executeCallable(operation);
    }

    /** @return the call through Resilience4j, its lock-free time window */
    @Benchmark
    public String resilience4jLockFree() throws Exception {
        return resilience4jLockFree.executeCallable(operation);
    }

    /** @return the call through Failsafe's time-based thresholding */
    @Benchmark
    public String failsafe() {
        return failsafe.get(failsafeOperation);
    }
}
