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

/**
 * Ratio mode, a count window of the last {@value Guards#WINDOW} calls: one successful call through a
 * CLOSED guard of each library that has such a window (see {@link Guards}). Resilience4j twice: its
 * default window, which takes a lock per record, and its {@code LOCK_FREE} one. Run with
 * {@code -prof gc} for bytes per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RatioCallBenchmark {
    /** Not final and read through the operation, so the JIT cannot fold the call away. */
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;
    /** The same operation in Failsafe's functional type, made once so no call pays for adapting it. */
    private final CheckedSupplier<String> failsafeOperation = () -> payload;

    private CircuitBreaker breaker;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jLockFree;
    private dev.failsafe.CircuitBreaker<String> failsafeBreaker;
    private FailsafeExecutor<String> failsafe;
    private TypedGuard<String> smallrye;

    /** Builds one CLOSED guard of each kind, and checks that ours is in ratio mode with a count window. */
    @Setup
    public void setUp() {
        breaker = Guards.breakerCountWindow("ratio-count");
        if (!breaker.settings().ratioMode() || breaker.settings().windowDuration().isPresent()
                || breaker.settings().windowSize() != Guards.WINDOW) {
            throw new IllegalStateException("not a count window of " + Guards.WINDOW + ": " + breaker.settings());
        }
        resilience4j = Guards.resilience4jCountWindow("ratio-count", SlidingWindowSynchronizationStrategy.SYNCHRONIZED,
                null);
        resilience4jLockFree = Guards.resilience4jCountWindow("ratio-count-lock-free",
                SlidingWindowSynchronizationStrategy.LOCK_FREE, null);
        failsafeBreaker = Guards.failsafeCountWindow();
        failsafe = Failsafe.with(failsafeBreaker);
        smallrye = Guards.smallryeCountWindow();
    }

    /** Every call succeeded, so every guard must still be CLOSED: a figure taken on an OPEN guard is void. */
    @TearDown
    public void checkClosed() {
        GuardCheck.closed(breaker, resilience4j, resilience4jLockFree, failsafeBreaker);
        if (breaker.getMetrics().failureRatio().orElse(-1) != 0) {
            throw new IllegalStateException("ratio-count saw failures: " + breaker.getMetrics());
        }
    }

    /** @return the call through {@link CircuitBreaker#call} */
    @Benchmark
    public String breaker() throws Exception {
        return breaker.call(operation);
    }

    /** @return the call through Resilience4j, its default (synchronized) count window */
    @Benchmark
    public String resilience4j() throws Exception {
        return resilience4j.executeCallable(operation);
    }

    /** @return the call through Resilience4j, its lock-free count window */
    @Benchmark
    public String resilience4jLockFree() throws Exception {
        return resilience4jLockFree.executeCallable(operation);
    }

    /** @return the call through Failsafe's count-based thresholding */
    @Benchmark
    public String failsafe() {
        return failsafe.get(failsafeOperation);
    }

    /** @return the call through SmallRye Fault Tolerance's rolling window */
    @Benchmark
    public String smallrye() throws Exception {
        return smallrye.call(operation);
    }
}
