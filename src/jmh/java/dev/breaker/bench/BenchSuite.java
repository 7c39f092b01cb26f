package dev.breaker.bench;

import dev.breaker.bench.cdi.InterceptedCallTarget;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the whole suite in one go (JMH command-line options pass through), then the idle-footprint
 * harness in this same JVM, and prints the results and the four targets of issue 2 as Markdown,
 * ready for BENCHMARKS.md. Exits 0 whether or not the targets are met: it measures, it does not judge
 * the build.
 */
public final class BenchSuite {
    private static final String PACKAGE = "dev.breaker.bench.";
    private static final List<String> PEERS = List.of("resilience4j", "failsafe", "smallrye");
    private static final int IDLE_BREAKERS = 100_000;

    private BenchSuite() {
    }

    /**
     * @param args JMH options, for example {@code -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}
     * @throws Exception when JMH cannot run
     */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> runs = new Runner(new CommandLineOptions(args)).run();
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult run : runs) {
            byName.put(run.getParams().getBenchmark().substring(PACKAGE.length()), run);
        }
        Map<String, Double> idle = IdleFootprint.measure(IDLE_BREAKERS);

        StringBuilder out = new StringBuilder("\n## Results\n\n");
        out.append("| benchmark | threads | score | error (99.9%) | unit | allocated B/op |\n");
        out.append("| --- | ---: | ---: | ---: | --- | ---: |\n");
        byName.forEach((name, run) -> {
            Result<?> primary = run.getPrimaryResult();
            out.append(String.format("| %s | %d | %.2f | %.2f | %s | %s |%n", name, run.getParams().getThreads(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    allocation(run).map(bytes -> String.format("%.1f", bytes)).orElse("n/a")));
        });
        out.append("\n| idle breakers (").append(IDLE_BREAKERS).append(" held) | retained bytes per breaker |\n");
        out.append("| --- | ---: |\n");
        idle.forEach((subject, bytes) -> out.append(String.format("| %s | %.1f |%n", subject, bytes)));

        out.append("\n## Targets\n\n| target | figure | met |\n| --- | --- | --- |\n");
        closedTarget(byName, out);
        rejectionTarget(byName, out);
        double perBreaker = idle.get("breaker");
        row(out, "<= 256 bytes per idle breaker", String.format("%.1f bytes", perBreaker), perBreaker <= 256);
        scalingTarget(byName, out);
        InterceptedCallTarget.append(byName, out);
        System.out.println(out);
    }

    private static void closedTarget(Map<String, RunResult> byName, StringBuilder out) {
        Optional<Double> ours = score(byName, "ClosedCallBenchmark.breaker");
        Optional<String> fastest = fastestPeer(byName, "ClosedCallBenchmark.");
        if (ours.isEmpty() || fastest.isEmpty()) {
            row(out, "CLOSED call >= 5x faster than the fastest peer, 0 B/op", "not run", false);
            return;
        }
        double ratio = score(byName, fastest.get()).orElseThrow() / ours.get();
        double bytes = allocation(byName.get("ClosedCallBenchmark.breaker")).orElse(Double.NaN);
        row(out, "CLOSED call >= 5x faster than the fastest peer, 0 B/op",
                String.format("%.1fx faster than %s (%.2f vs %.2f ns); %.4f B/op", ratio, peerOf(fastest.get()),
                        ours.get(), score(byName, fastest.get()).orElseThrow(), bytes),
                ratio >= 5 && bytes < 0.01);
    }

    private static void rejectionTarget(Map<String, RunResult> byName, StringBuilder out) {
        Optional<Double> ours = score(byName, "RejectionBenchmark.breaker");
        Optional<String> cheapest = fastestPeer(byName, "RejectionBenchmark.");
        if (ours.isEmpty() || cheapest.isEmpty()) {
            row(out, "rejection >= 10x cheaper than the peers' default rejection", "not run", false);
            return;
        }
        double ratio = score(byName, cheapest.get()).orElseThrow() / ours.get();
        row(out, "rejection >= 10x cheaper than the peers' default rejection",
                String.format("%.1fx cheaper than the cheapest, %s (%.2f vs %.2f ns)", ratio, peerOf(cheapest.get()),
                        ours.get(), score(byName, cheapest.get()).orElseThrow()),
                ratio >= 10);
    }

    private static void scalingTarget(Map<String, RunResult> byName, StringBuilder out) {
        Optional<Double> one = score(byName, "ScalingBenchmark.oneThread");
        Optional<Double> two = score(byName, "ScalingBenchmark.twoThreads");
        if (one.isEmpty() || two.isEmpty()) {
            row(out, "2-thread throughput >= 1.6x the 1-thread figure", "not run", false);
            return;
        }
        double ratio = two.get() / one.get();
        row(out, "2-thread throughput >= 1.6x the 1-thread figure",
                String.format("%.2fx (%.1f vs %.1f ops/us)", ratio, two.get(), one.get()), ratio >= 1.6);
    }

    /** @return the benchmark of the peer with the lowest time per call in the given class */
    private static Optional<String> fastestPeer(Map<String, RunResult> byName, String benchmarkClass) {
        return PEERS.stream()
                .map(peer -> benchmarkClass + peer)
                .filter(byName::containsKey)
                .min((a, b) -> Double.compare(score(byName, a).orElseThrow(), score(byName, b).orElseThrow()));
    }

    private static String peerOf(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static Optional<Double> score(Map<String, RunResult> byName, String benchmark) {
        return Optional.ofNullable(byName.get(benchmark)).map(run -> run.getPrimaryResult().getScore());
    }

    private static Optional<Double> allocation(RunResult run) {
        return Optional.ofNullable(run.getSecondaryResults().get("gc.alloc.rate.norm")).map(Result::getScore);
    }

    private static void row(StringBuilder out, String target, String figure, boolean met) {
        out.append("| ").append(target).append(" | ").append(figure).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
