package dev.breaker.bench;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
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
 * The cost of saying no: a call rejected by an OPEN breaker, each library with its default rejection.
 * Each guard is opened by real failures in set-up, and checked to be open before the run starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RejectionBenchmark {
    private String payload = "never returned";
    private final Callable<String> operation = () -> payload;
    /** The same operation in Failsafe's functional type, made once so no call pays for adapting it. */
    private final CheckedSupplier<String> failsafeOperation = () -> payload;

    private CircuitBreaker breaker;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
    private FailsafeExecutor<String> failsafe;
    private TypedGuard<String> smallrye;

    /** Opens one guard of each kind and checks that each rejects. */
    @Setup
    public void setUp() throws Exception {
        breaker = Guards.breaker("open");
        Guards.fail(breaker::call);
        requireOpen(breaker.state() == CircuitState.OPEN, "Breaker");

        resilience4j = Guards.resilience4j("open");
        Guards.fail(resilience4j::executeCallable);
        requireOpen(resilience4j.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN,
                "Resilience4j");

        dev.failsafe.CircuitBreaker<String> failsafeBreaker = Guards.failsafeBreaker();
        failsafe = Guards.failsafe(failsafeBreaker);
        Guards.fail(op -> failsafe.get(op::call));
        requireOpen(failsafeBreaker.isOpen(), "Failsafe");

        smallrye = Guards.smallrye();
        Guards.fail(smallrye::call);
        requireOpen(smallrye() instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException,
                "SmallRye");
    }

    private static void requireOpen(boolean open, String which) {
        if (!open) {
            throw new IllegalStateException(which + " did not open after " + Guards.FAILURES + " failures");
        }
    }

    /** @return the rejection thrown by {@link CircuitBreaker#call} */
    @Benchmark
    public Object breaker() throws Exception {
        try {
            return breaker.call(operation);
        } catch (BreakerOpenException rejected) {
            return rejected;
        }
    }

    /** @return Resilience4j's rejection */
    @Benchmark
    public Object resilience4j() throws Exception {
        try {
            return resilience4j.executeCallable(operation);
        } catch (CallNotPermittedException rejected) {
            return rejected;
        }
    }

    /** @return Failsafe's rejection */
    @Benchmark
    public Object failsafe() {
        try {
            return failsafe.get(failsafeOperation);
        } catch (CircuitBreakerOpenException rejected) {
            return rejected;
        }
    }

    /** @return SmallRye Fault Tolerance's rejection */
    @Benchmark
    public Object smallrye() throws Exception {
        try {
            return smallrye.call(operation);
        } catch (org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException rejected) {
            return rejected;
        }
    }
}
