package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
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
 * Slow-call detection on ({@link Guards#SLOW_CALL}): the successful call of {@link ClosedCallBenchmark},
 * {@link RatioCallBenchmark} and {@link TimeWindowCallBenchmark} with the breaker timing each call, so
 * each row minus its twin there is what the timing costs per call. Resilience4j times every call
 * whatever it is configured with (its slow-call threshold defaults to 60 s); its row here sets the same
 * 10 s, to read against {@code RatioCallBenchmark.resilience4j}. Neither Failsafe nor SmallRye Fault
 * Tolerance detects slow calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SlowCallBenchmark {
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;

    private CircuitBreaker consecutive;
    private CircuitBreaker countWindow;
    private CircuitBreaker timeWindow;
    private io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;

    /** Builds the guards, and checks that ours time calls. */
    @Setup
    public void setUp() {
        consecutive = Guards.breakerSlowCalls("slow-consecutive");
        countWindow = Guards.breakerCountWindowBuilder("slow-count").slowCallDuration(Guards.SLOW_CALL).build();
        timeWindow = Guards.breakerTimeWindowBuilder("slow-time").slowCallDuration(Guards.SLOW_CALL).build();
        for (CircuitBreaker breaker : new CircuitBreaker[] {consecutive, countWindow, timeWindow}) {
            if (!breaker.settings().slowCallDuration().equals(java.util.Optional.of(Guards.SLOW_CALL))) {
                throw new IllegalStateException(breaker.name() + " does not time calls: " + breaker.settings());
            }
        }
        resilience4j = Guards.resilience4jCountWindow("slow-count", SlidingWindowSynchronizationStrategy.SYNCHRONIZED,
                Guards.SLOW_CALL);
    }

    /** No call was slow: every guard must still be CLOSED. */
    @TearDown
    public void checkClosed() {
        GuardCheck.closed(consecutive, countWindow, timeWindow, resilience4j);
    }

    /** @return the consecutive-mode call, timed */
    @Benchmark
    public String breakerConsecutive() throws Exception {
        return consecutive.call(operation);
    }

    /** @return the count-window call, timed */
    @Benchmark
    public String breakerCountWindow() throws Exception {
        return countWindow.call(operation);
    }

    /** @return the time-window call, timed */
    @Benchmark
    public String breakerTimeWindow() throws Exception {
        return timeWindow.call(operation);
    }

    /** @return Resilience4j's count window of 100 with a 10 s slow-call threshold */
    @Benchmark
    public String resilience4jCountWindow() throws Exception {
        return resilience4j.executeCallable(operation);
    }
}
