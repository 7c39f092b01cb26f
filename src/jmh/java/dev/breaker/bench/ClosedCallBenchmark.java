package dev.breaker.bench;

import dev.breaker.BreakerClock;
import dev.breaker.CircuitBreaker;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
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

/**
 * The cost of protection on the happy path: one successful call through a CLOSED breaker, against
 * the bare call and the same protection through each peer. Run with {@code -prof gc} for bytes per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClosedCallBenchmark {
    /** Not final and read through the operation, so the JIT cannot fold the call away. */
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;
    /** The same operation in Failsafe's functional type, made once so no call pays for adapting it. */
    private final CheckedSupplier<String> failsafeOperation = () -> payload;

    private CircuitBreaker breaker;
    private CircuitBreaker breakerStoppedClock;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
    private FailsafeExecutor<String> failsafe;
    private TypedGuard<String> smallrye;

    /** Builds one CLOSED guard of each kind. */
    @Setup
    public void setUp() {
        breaker = Guards.breaker("closed");
        breakerStoppedClock = CircuitBreaker.builder("stopped-clock")
                .settings(breaker.settings())
                .clock(new StoppedClock())
                .build();
        resilience4j = Guards.resilience4j("closed");
        failsafe = Guards.failsafe(Guards.failsafeBreaker());
        smallrye = Guards.smallrye();
    }

    /** @return the bare call: the floor every other figure is read against */
    @Benchmark
    public String direct() throws Exception {
        return operation.call();
    }

    /** @return the call through {@link CircuitBreaker#call} */
    @Benchmark
    public String breaker() throws Exception {
        return breaker.call(operation);
    }

    /**
     * Not a peer and not a target: the same breaker on a clock that costs nothing to read, so the
     * difference from {@link #breaker()} is the price of the one wall-clock read a success makes.
     *
     * @return the call through a breaker whose clock never moves
     */
    @Benchmark
    public String breakerStoppedClock() throws Exception {
        return breakerStoppedClock.call(operation);
    }

    /** @return the call through Resilience4j's {@code executeCallable} */
    @Benchmark
    public String resilience4j() throws Exception {
        return resilience4j.executeCallable(operation);
    }

    /** @return the call through Failsafe's executor */
    @Benchmark
    public String failsafe() {
        return failsafe.get(failsafeOperation);
    }

    /** @return the call through SmallRye Fault Tolerance's {@code TypedGuard} */
    @Benchmark
    public String smallrye() throws Exception {
        return smallrye.call(operation);
    }

    /** A clock that reads the same time forever, for free. */
    private static final class StoppedClock implements BreakerClock {
        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public long epochMillis() {
            return 1_000_000_000_000L;
        }
    }
}
