package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.smallrye.faulttolerance.api.TypedGuard;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Does a count window of {@value Guards#WINDOW} scale? The successful call through one shared CLOSED
 * guard of each kind (as in {@link RatioCallBenchmark}), from one thread and from two; JMH reports the
 * throughput summed over the threads, so perfect scaling reads 2x. Both cores are needed: on a busy
 * machine the 2-thread rows measure the neighbours. Our 60-second time window too, for information
 * (no target): its successes share one counter per bucket, where the count window's are striped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RatioScalingBenchmark {
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;
    private final CheckedSupplier<String> failsafeOperation = () -> payload;

    private CircuitBreaker breaker;
    private CircuitBreaker breakerTimeWindow;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jLockFree;
    private dev.failsafe.CircuitBreaker<String> failsafeBreaker;
    private FailsafeExecutor<String> failsafe;
    private TypedGuard<String> smallrye;

    /** One guard of each kind, shared by every thread of the benchmark. */
    @Setup
    public void setUp() {
        breaker = Guards.breakerCountWindow("ratio-shared");
        breakerTimeWindow = Guards.breakerTimeWindow("ratio-time-shared");
        resilience4j = Guards.resilience4jCountWindow("ratio-shared", SlidingWindowSynchronizationStrategy.SYNCHRONIZED,
                null);
        resilience4jLockFree = Guards.resilience4jCountWindow("ratio-shared-lock-free",
                SlidingWindowSynchronizationStrategy.LOCK_FREE, null);
        failsafeBreaker = Guards.failsafeCountWindow();
        failsafe = Failsafe.with(failsafeBreaker);
        smallrye = Guards.smallryeCountWindow();
    }

    /** Every call succeeded: every guard must still be CLOSED. */
    @TearDown
    public void checkClosed() {
        GuardCheck.closed(breaker, breakerTimeWindow, resilience4j, resilience4jLockFree, failsafeBreaker);
    }

    /** @return our call from one thread */
    @Benchmark
    @Threads(1)
    public String breakerOneThread() throws Exception {
        return breaker.call(operation);
    }

    /** @return our call from two threads at once, into the same breaker */
    @Benchmark
    @Threads(2)
    public String breakerTwoThreads() throws Exception {
        return breaker.call(operation);
    }

    /** @return our 60 s time window, one thread */
    @Benchmark
    @Threads(1)
    public String breakerTimeWindowOneThread() throws Exception {
        return breakerTimeWindow.call(operation);
    }

    /** @return our 60 s time window, two threads */
    @Benchmark
    @Threads(2)
    public String breakerTimeWindowTwoThreads() throws Exception {
        return breakerTimeWindow.call(operation);
    }

    /** @return Resilience4j's default window, one thread */
    @Benchmark
    @Threads(1)
    public String resilience4jOneThread() throws Exception {
        return resilience4j.executeCallable(operation);
    }

    /** @return Resilience4j's default window, two threads */
    @Benchmark
    @Threads(2)
    public String resilience4jTwoThreads() throws Exception {
        return resilience4j.executeCallable(operation);
    }

    /** @return Resilience4j's lock-free window, one thread */
    @Benchmark
    @Threads(1)
    public String resilience4jLockFreeOneThread() throws Exception {
        return resilience4jLockFree.executeCallable(operation);
    }

    /** @return Resilience4j's lock-free window, two threads */
    @Benchmark
    @Threads(2)
    public String resilience4jLockFreeTwoThreads() throws Exception {
        return resilience4jLockFree.executeCallable(operation);
    }

    /** @return Failsafe, one thread */
    @Benchmark
    @Threads(1)
    public String failsafeOneThread() {
        return failsafe.get(failsafeOperation);
    }

    /** @return Failsafe, two threads */
    @Benchmark
    @Threads(2)
    public String failsafeTwoThreads() {
        return failsafe.get(failsafeOperation);
    }

    /** @return SmallRye Fault Tolerance, one thread */
    @Benchmark
    @Threads(1)
    public String smallryeOneThread() throws Exception {
        return smallrye.call(operation);
    }

    /** @return SmallRye Fault Tolerance, two threads */
    @Benchmark
    @Threads(2)
    public String smallryeTwoThreads() throws Exception {
        return smallrye.call(operation);
    }
}
