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
 * Runs the whole suite in one go (JMH command-line options pass through), then the idle-footprint and
 * clock-thread harnesses in this same JVM, and prints the results and the targets (issues 2, 3, 11, 12
 * and 13)
 * as Markdown, ready for BENCHMARKS.md. Exits 0 whether or not the targets are met: it measures, it
 * does not judge the build. A target whose benchmarks were not in the run says "not run".
 */
public final class BenchSuite {
    private static final String PACKAGE = "dev.breaker.bench.";
    private static final List<String> PEERS = List.of("resilience4j", "failsafe", "smallrye");
    private static final int IDLE_BREAKERS = 100_000;
    /** JMH's bytes per call carry a little noise from the harness itself; below this is nothing. */
    private static final double BYTES_NOISE = 0.01;

    private BenchSuite() {
    }

    /**
     * @param args JMH options, for example {@code -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}
     * @throws Exception when JMH cannot run
     */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Collection<RunResult> runs = new Runner(new CommandLineOptions(args)).run();
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult run : runs) {
            byName.put(run.getParams().getBenchmark().substring(PACKAGE.length()), run);
        }
        List<IdleFootprint.Footprint> idle = IdleFootprint.measure(IDLE_BREAKERS);
        ClockThreadCost.Figures clock = ClockThreadCost.measure();

        StringBuilder out = new StringBuilder("\n## Results\n\n");
        out.append("| benchmark | threads | score | error (99.9%) | unit | allocated B/op |\n");
        out.append("| --- | ---: | ---: | ---: | --- | ---: |\n");
        byName.forEach((name, run) -> {
            Result<?> primary = run.getPrimaryResult();
            out.append(String.format("| %s | %d | %.2f | %.2f | %s | %s |%n", name, run.getParams().getThreads(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    allocation(run).map(bytes -> String.format("%.1f", bytes)).orElse("n/a")));
        });
        scalingTable(byName, out);
        out.append("\n| idle breakers: shape | library | held | retained bytes per breaker |\n");
        out.append("| --- | --- | ---: | ---: |\n");
        idle.forEach(footprint -> out.append(String.format("| %s | %s | %d | %.1f |%n", footprint.shape(),
                footprint.subject(), footprint.held(), footprint.bytesPerBreaker())));
        clockTable(clock, out);

        out.append("\n## Targets\n\n| target | figure | met |\n| --- | --- | --- |\n");
        out.append("| **issue 13** | | |\n");
        closedTarget(byName, out);
        InterceptedCallTarget.append(byName, out);
        stampTarget(clock, out);
        clockThreadTarget(clock, out);
        countWindowTarget(byName, out);
        scaling(byName, out, "ratio, count window of 100: 2-thread throughput >= 1.6x the 1-thread figure",
                "RatioScalingBenchmark.breakerOneThread", "RatioScalingBenchmark.breakerTwoThreads");
        timeWindowTarget(byName, out);
        slowCallCost(byName, out);
        footprintTarget(idle, IdleFootprint.CONSECUTIVE, 256, out);
        footprintTarget(idle, IdleFootprint.COUNT_WINDOW, 512, out);
        out.append("| **issue 12** | | |\n");
        exportedTarget(byName, out);
        out.append("| **issue 11** | | |\n");
        uniTarget(byName, out);
        out.append("| **issue 2** | | |\n");
        rejectionTarget(byName, out);
        scaling(byName, out, "consecutive: 2-thread throughput >= 1.6x the 1-thread figure",
                "ScalingBenchmark.oneThread", "ScalingBenchmark.twoThreads");
        System.out.println(out);
        System.out.printf("Suite time: %.1f minutes; load average now: %s%n", (System.nanoTime() - started) / 60e9,
                loadAverage());
    }

    private static void closedTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "consecutive: CLOSED call >= 5x faster than the fastest peer, 0 B/op";
        Optional<Double> ours = score(byName, "ClosedCallBenchmark.breaker");
        Optional<String> fastest = fastestPeer(byName, "ClosedCallBenchmark.", PEERS);
        if (ours.isEmpty() || fastest.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        double ratio = score(byName, fastest.get()).orElseThrow() / ours.get();
        double bytes = allocation(byName.get("ClosedCallBenchmark.breaker")).orElse(Double.NaN);
        row(out, target, String.format("Breaker vs fastest peer: %.1fx (%s, %.2f vs %.2f ns); %.4f B/op", ratio,
                peerOf(fastest.get()), ours.get(), score(byName, fastest.get()).orElseThrow(), bytes),
                ratio >= 5 && bytes < BYTES_NOISE);
    }

    /** A breaker whose meters are bound to a Micrometer registry costs what an unbound one does. */
    private static void exportedTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "metrics exported (Micrometer): CLOSED call within 1 ns of the unexported one, 0 B/op";
        Optional<Double> exported = score(byName, "ExportedClosedCallBenchmark.exported");
        Optional<Double> unexported = score(byName, "ExportedClosedCallBenchmark.unexported");
        if (exported.isEmpty() || unexported.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        double bytes = allocation(byName.get("ExportedClosedCallBenchmark.exported")).orElse(Double.NaN);
        row(out, target, String.format("exported %.2f ns vs unexported %.2f ns (%+.2f ns); %.4f B/op", exported.get(),
                unexported.get(), exported.get() - unexported.get(), bytes),
                exported.get() - unexported.get() <= 1 && bytes < BYTES_NOISE);
    }

    /** A Uni method's CLOSED path allocates no more than Mutiny's cheapest pass-through operator. */
    private static void uniTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "Uni: CLOSED path allocates no more per call than Mutiny's own pass-through operators";
        Optional<Double> ours = allocation(byName.get("UniCallBenchmark.breaker"));
        Optional<Double> floor = List.of("UniCallBenchmark.mutinyInvoke", "UniCallBenchmark.mutinyOnTermination")
                .stream().map(byName::get).map(BenchSuite::allocation).flatMap(Optional::stream)
                .min(Double::compare);
        Optional<Double> bare = allocation(byName.get("UniCallBenchmark.bare"));
        if (ours.isEmpty() || floor.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        row(out, target, String.format("breaker %.1f B/op (%.2f ns) vs Mutiny's cheapest pass-through %.1f B/op"
                + " (bare subscription %s B/op)", ours.get(), score(byName, "UniCallBenchmark.breaker").orElseThrow(),
                floor.get(), bare.map(bytes -> String.format("%.1f", bytes)).orElse("n/a")),
                ours.get() <= floor.get() + BYTES_NOISE);
    }

    private static void countWindowTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "ratio, count window of 100: >= 3x faster than Resilience4j COUNT_BASED and SmallRye's "
                + "rolling window, 0 B/op";
        windowTarget(byName, out, target, "RatioCallBenchmark.",
                List.of("resilience4j", "resilience4jLockFree", "smallrye"), List.of("failsafe"));
    }

    private static void timeWindowTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "ratio, 60 s time window: >= 3x faster than Resilience4j TIME_BASED";
        windowTarget(byName, out, target, "TimeWindowCallBenchmark.", List.of("resilience4j", "resilience4jLockFree"),
                List.of("failsafe"));
    }

    /** Met when ours is at least 3x faster than each of {@code judged}; {@code context} peers are only shown. */
    private static void windowTarget(Map<String, RunResult> byName, StringBuilder out, String target,
            String benchmarkClass, List<String> judged, List<String> context) {
        Optional<Double> ours = score(byName, benchmarkClass + "breaker");
        if (ours.isEmpty() || judged.stream().anyMatch(peer -> !byName.containsKey(benchmarkClass + peer))) {
            row(out, target, "not run", false);
            return;
        }
        StringBuilder figure = new StringBuilder("Breaker ").append(String.format("%.2f ns", ours.get()));
        double worst = Double.MAX_VALUE;
        for (String peer : judged) {
            double ratio = score(byName, benchmarkClass + peer).orElseThrow() / ours.get();
            worst = Math.min(worst, ratio);
            figure.append(String.format("; vs %s %.1fx (%.2f ns)", peer, ratio,
                    score(byName, benchmarkClass + peer).orElseThrow()));
        }
        for (String peer : context) {
            score(byName, benchmarkClass + peer).ifPresent(theirs -> figure.append(
                    String.format("; vs %s %.1fx (%.2f ns, not a target)", peer, theirs / ours.get(), theirs)));
        }
        double bytes = allocation(byName.get(benchmarkClass + "breaker")).orElse(Double.NaN);
        figure.append(String.format("; %.4f B/op", bytes));
        row(out, target, figure.toString(), worst >= 3 && bytes < BYTES_NOISE);
    }

    private static void slowCallCost(Map<String, RunResult> byName, StringBuilder out) {
        String target = "slow-call detection on: its cost per call";
        String[][] pairs = {
            {"consecutive", "SlowCallBenchmark.breakerConsecutive", "ClosedCallBenchmark.breaker"},
            {"count window", "SlowCallBenchmark.breakerCountWindow", "RatioCallBenchmark.breaker"},
            {"time window", "SlowCallBenchmark.breakerTimeWindow", "TimeWindowCallBenchmark.breaker"},
            {"Resilience4j count window, 10 s vs default 60 s", "SlowCallBenchmark.resilience4jCountWindow",
                "RatioCallBenchmark.resilience4j"},
        };
        StringBuilder figure = new StringBuilder();
        for (String[] pair : pairs) {
            Optional<Double> on = score(byName, pair[1]);
            Optional<Double> off = score(byName, pair[2]);
            if (on.isEmpty() || off.isEmpty()) {
                continue;
            }
            figure.append(figure.length() == 0 ? "" : "; ").append(String.format("%s %+.2f ns (%.2f vs %.2f), %.4f B/op",
                    pair[0], on.get() - off.get(), on.get(), off.get(),
                    allocation(byName.get(pair[1])).orElse(Double.NaN)));
        }
        out.append("| ").append(target).append(" | ").append(figure.length() == 0 ? "not run" : figure)
                .append(" | stated |\n");
    }

    private static void footprintTarget(List<IdleFootprint.Footprint> idle, String shape, int limit, StringBuilder out) {
        String target = String.format("idle footprint, %s: <= %d bytes per breaker", shape, limit);
        Optional<IdleFootprint.Footprint> ours = idle.stream()
                .filter(footprint -> footprint.shape().equals(shape) && footprint.subject().equals("breaker"))
                .findFirst();
        if (ours.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        double bytes = ours.get().bytesPerBreaker();
        row(out, target, String.format("%.1f bytes", bytes), bytes <= limit);
    }

    private static void stampTarget(ClockThreadCost.Figures clock, StringBuilder out) {
        row(out, "lastSuccessTime and lastFailureTime right to the millisecond",
                String.format("%d success stamps over a busy second: %d one ms behind the time read before the call,"
                        + " %d more than one (largest lag %d ms); %d failure stamps, %d outside their call",
                        clock.successStamps(), clock.successLagAt1(), clock.successLagOver1(), clock.successLagMax(),
                        clock.failureStamps(), clock.failureOutside()),
                clock.successLagOver1() == 0 && clock.failureOutside() == 0);
    }

    private static void clockThreadTarget(ClockThreadCost.Figures clock, StringBuilder out) {
        boolean met = clock.threadsWith1000Breakers() == 1 && clock.daemon() && clock.idleEndMillis() >= 0
                && clock.threadsAfterIdle() == 0 && clock.wakeStampRight() && clock.threadsAfterWake() == 1
                && clock.stopEndMillis() >= 0;
        row(out, "the clock: one daemon thread per application, idle while no breaker is called",
                String.format("%d thread for %d breakers, %s; busy: %.2f%% of a core (%.0f us CPU/s, %s wake-ups/s);"
                        + " ended %s after the last call (%.0f us CPU meanwhile), then %d threads; the next call"
                        + " restarted it (%d thread)%s; ended %s after its CDI container stopped",
                        clock.threadsWith1000Breakers(), ClockThreadCost.BREAKERS, clock.daemon() ? "daemon" : "NOT a daemon",
                        clock.busyCpuPercent(), clock.busyCpuNanos() / 1e3 / (clock.busyWallNanos() / 1e9),
                        clock.busyWakeups() < 0 ? "n/a" : String.format("%.0f", clock.busyWakeups() / (clock.busyWallNanos() / 1e9)),
                        clock.idleEndMillis() < 0 ? "NOT within " + ClockThreadCost.IDLE_LIMIT_MILLIS + " ms"
                                : clock.idleEndMillis() + " ms",
                        clock.idleCpuNanos() / 1e3, clock.threadsAfterIdle(), clock.threadsAfterWake(),
                        clock.wakeStampRight() ? "" : ", with a WRONG stamp",
                        clock.stopEndMillis() < 0 ? "NOT within " + ClockThreadCost.IDLE_LIMIT_MILLIS + " ms"
                                : clock.stopEndMillis() + " ms"),
                met);
    }

    private static void clockTable(ClockThreadCost.Figures clock, StringBuilder out) {
        double seconds = clock.busyWallNanos() / 1e9;
        out.append("\n| the clock thread (`breaker-clock`), measured in this JVM | figure |\n| --- | ---: |\n");
        out.append(String.format("| threads after %d breakers were called | %d (%s) |%n", ClockThreadCost.BREAKERS,
                clock.threadsWith1000Breakers(), clock.daemon() ? "daemon" : "not a daemon"));
        out.append(String.format("| busy: its CPU time per second | %.0f us (%.2f%% of a core) |%n",
                clock.busyCpuNanos() / 1e3 / seconds, clock.busyCpuPercent()));
        out.append(String.format("| busy: its wake-ups per second (voluntary context switches) | %s |%n",
                clock.busyWakeups() < 0 ? "n/a" : String.format("%.0f", clock.busyWakeups() / seconds)));
        out.append(String.format("| busy: calls per second of the checking loop (each reads its metrics) | %.0f |%n",
                clock.callsPerSecond()));
        out.append(String.format("| idle: it ended after the last call | %s |%n",
                clock.idleEndMillis() < 0 ? "not within " + ClockThreadCost.IDLE_LIMIT_MILLIS + " ms"
                        : clock.idleEndMillis() + " ms"));
        out.append(String.format("| idle: its CPU time until then | %.0f us |%n", clock.idleCpuNanos() / 1e3));
        out.append(String.format("| idle: threads once it had ended (so CPU at idle) | %d (0) |%n", clock.threadsAfterIdle()));
        out.append(String.format("| the first call after that: stamp right, threads | %s, %d |%n",
                clock.wakeStampRight() ? "yes" : "NO", clock.threadsAfterWake()));
        out.append(String.format("| application stop: it ended after its Weld SE container closed | %s |%n",
                clock.stopEndMillis() < 0 ? "not within " + ClockThreadCost.IDLE_LIMIT_MILLIS + " ms"
                        : clock.stopEndMillis() + " ms"));
    }

    /** 1- and 2-thread throughput of each shared guard, and their ratio. */
    private static void scalingTable(Map<String, RunResult> byName, StringBuilder out) {
        String[][] rows = {
            {"consecutive: breaker", "ScalingBenchmark.oneThread", "ScalingBenchmark.twoThreads"},
            {"count window of 100: breaker", "RatioScalingBenchmark.breakerOneThread", "RatioScalingBenchmark.breakerTwoThreads"},
            {"time window of 60 s: breaker (not a target)", "RatioScalingBenchmark.breakerTimeWindowOneThread",
                "RatioScalingBenchmark.breakerTimeWindowTwoThreads"},
            {"count window of 100: resilience4j", "RatioScalingBenchmark.resilience4jOneThread",
                "RatioScalingBenchmark.resilience4jTwoThreads"},
            {"count window of 100: resilience4jLockFree", "RatioScalingBenchmark.resilience4jLockFreeOneThread",
                "RatioScalingBenchmark.resilience4jLockFreeTwoThreads"},
            {"count window of 100: failsafe", "RatioScalingBenchmark.failsafeOneThread",
                "RatioScalingBenchmark.failsafeTwoThreads"},
            {"count window of 100: smallrye", "RatioScalingBenchmark.smallryeOneThread",
                "RatioScalingBenchmark.smallryeTwoThreads"},
        };
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            Optional<Double> one = score(byName, row[1]);
            Optional<Double> two = score(byName, row[2]);
            if (one.isPresent() && two.isPresent()) {
                table.append(String.format("| %s | %.2f | %.2f | %.2fx |%n", row[0], one.get(), two.get(),
                        two.get() / one.get()));
            }
        }
        if (table.length() > 0) {
            out.append("\n| one shared guard | 1 thread (ops/us) | 2 threads (ops/us) | 2 / 1 |\n")
                    .append("| --- | ---: | ---: | ---: |\n").append(table);
        }
    }

    private static void rejectionTarget(Map<String, RunResult> byName, StringBuilder out) {
        String target = "rejection >= 10x cheaper than the peers' default rejection";
        Optional<Double> ours = score(byName, "RejectionBenchmark.breaker");
        Optional<String> cheapest = fastestPeer(byName, "RejectionBenchmark.", PEERS);
        if (ours.isEmpty() || cheapest.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        double ratio = score(byName, cheapest.get()).orElseThrow() / ours.get();
        row(out, target, String.format("%.1fx cheaper than the cheapest, %s (%.2f vs %.2f ns)", ratio,
                peerOf(cheapest.get()), ours.get(), score(byName, cheapest.get()).orElseThrow()), ratio >= 10);
    }

    private static void scaling(Map<String, RunResult> byName, StringBuilder out, String target, String oneThread,
            String twoThreads) {
        Optional<Double> one = score(byName, oneThread);
        Optional<Double> two = score(byName, twoThreads);
        if (one.isEmpty() || two.isEmpty()) {
            row(out, target, "not run", false);
            return;
        }
        double ratio = two.get() / one.get();
        row(out, target, String.format("%.2fx (%.1f vs %.1f ops/us)", ratio, two.get(), one.get()), ratio >= 1.6);
    }

    /** @return the benchmark of the peer with the lowest time per call in the given class */
    private static Optional<String> fastestPeer(Map<String, RunResult> byName, String benchmarkClass, List<String> peers) {
        return peers.stream()
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
        return Optional.ofNullable(run).map(r -> r.getSecondaryResults().get("gc.alloc.rate.norm")).map(Result::getScore);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }

    private static void row(StringBuilder out, String target, String figure, boolean met) {
        out.append("| ").append(target).append(" | ").append(figure).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
