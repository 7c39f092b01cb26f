package dev.breaker.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The price of reading the time on this machine, the floor under any breaker that stamps a call: a
 * successful call stamps {@code lastSuccessTime} from the wall clock, and the peers time each call
 * with the monotonic clock. Reference rows for reading the other results, not a target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClockReadBenchmark {
    /** @return a wall-clock reading, as a success stamps it */
    @Benchmark
    public long wallClock() {
        return System.currentTimeMillis();
    }

    /** @return a monotonic reading, as timeouts and the peers' call timers use */
    @Benchmark
    public long monotonicClock() {
        return System.nanoTime();
    }
}
