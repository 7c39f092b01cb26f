package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Does one CLOSED breaker scale? The same call through one shared breaker from one thread and from
 * two; JMH reports the throughput summed over the threads, so perfect scaling reads 2x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    private String payload = "ok";
    private final Callable<String> operation = () -> payload;
    private CircuitBreaker breaker;

    /** One breaker, shared by every thread of the benchmark. */
    @Setup
    public void setUp() {
        breaker = Guards.breaker("shared");
    }

    /** @return the call from one thread */
    @Benchmark
    @Threads(1)
    public String oneThread() throws Exception {
        return breaker.call(operation);
    }

    /** @return the call from two threads at once, into the same breaker */
    @Benchmark
    @Threads(2)
    public String twoThreads() throws Exception {
        return breaker.call(operation);
    }
}
