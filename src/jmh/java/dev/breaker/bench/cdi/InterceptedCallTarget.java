package dev.breaker.bench.cdi;

import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Issue 3's target, read from a suite run: a {@code @Breaker} call in Weld SE costs at most the no-op
 * interceptor's floor plus 20 ns, and allocates no byte beyond the floor's.
 */
public final class InterceptedCallTarget {
    private static final String TARGET = "@Breaker in Weld SE <= no-op interceptor + 20 ns, no bytes beyond its";
    private static final String BREAKER = "cdi.BreakerCallBenchmark.breaker";
    private static final String FLOOR = "cdi.PassThroughCallBenchmark.noOpInterceptor";
    private static final double NANOS_OVER_FLOOR = 20;
    /** JMH's bytes per call carry a little noise from the harness itself; below this is nothing. */
    private static final double BYTES_NOISE = 0.01;

    private InterceptedCallTarget() {
    }

    /**
     * @param byName the run's results, by benchmark name without {@code dev.breaker.bench.}
     * @param out the targets table, to which one row is added
     */
    public static void append(Map<String, RunResult> byName, StringBuilder out) {
        RunResult breaker = byName.get(BREAKER);
        RunResult floor = byName.get(FLOOR);
        if (breaker == null || floor == null) {
            row(out, "not run", false);
            return;
        }
        double extraNanos = breaker.getPrimaryResult().getScore() - floor.getPrimaryResult().getScore();
        double extraBytes = bytes(breaker).orElse(Double.NaN) - bytes(floor).orElse(Double.NaN);
        row(out, String.format("%+.2f ns (%.2f vs %.2f ns); %+.4f B/op (%.1f vs %.1f)", extraNanos,
                        breaker.getPrimaryResult().getScore(), floor.getPrimaryResult().getScore(), extraBytes,
                        bytes(breaker).orElse(Double.NaN), bytes(floor).orElse(Double.NaN)),
                extraNanos <= NANOS_OVER_FLOOR && extraBytes < BYTES_NOISE);
    }

    private static Optional<Double> bytes(RunResult run) {
        return Optional.ofNullable(run.getSecondaryResults().get("gc.alloc.rate.norm")).map(Result::getScore);
    }

    private static void row(StringBuilder out, String figure, boolean met) {
        out.append("| ").append(TARGET).append(" | ").append(figure).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
