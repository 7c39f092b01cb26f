package dev.breaker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Retained heap per idle breaker: the live heap after a full collection, with N breakers held, minus
 * the live heap before they were built, divided by N. The names and the array that holds the breakers
 * are allocated before the first reading, so they are not counted: what is left is what the breakers
 * themselves keep alive. Each breaker is built and never called ("idle"). Peers are measured the same
 * way, with the configuration of {@link Guards}.
 *
 * <p>Run it with the same JVM flags as the benchmarks; {@code scripts/bench.sh} does. Without JOL,
 * this counts every byte the breakers keep reachable, including headers, padding and shared-nothing
 * helper objects; objects shared by all breakers (constants, default settings) count once in total.
 */
public final class IdleFootprint {
    private IdleFootprint() {
    }

    /**
     * @param args optional: how many breakers of each kind (default 100000)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        measure(count).forEach((subject, bytes) -> System.out.printf(
                "idle-footprint %-13s %8.1f bytes per breaker (%d breakers)%n", subject, bytes, count));
    }

    /**
     * @param count how many breakers of each kind to hold at once
     * @return bytes retained per idle breaker, by subject: breaker, resilience4j, failsafe, smallrye
     */
    public static Map<String, Double> measure(int count) {
        Map<String, IntFunction<Object>> subjects = new LinkedHashMap<>();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "breaker-" + i;
        }
        subjects.put("breaker", i -> Guards.breaker(names[i]));
        subjects.put("resilience4j", i -> Guards.resilience4j(names[i]));
        subjects.put("failsafe", i -> Guards.failsafeBreaker());
        subjects.put("smallrye", i -> Guards.smallrye());

        // Build one of each first, so class loading and static state are in the baseline.
        subjects.values().forEach(factory -> factory.apply(0));
        Map<String, Double> bytesPerBreaker = new LinkedHashMap<>();
        subjects.forEach((subject, factory) -> bytesPerBreaker.put(subject, bytesPerInstance(factory, count)));
        Reference.reachabilityFence(names);
        return bytesPerBreaker;
    }

    private static double bytesPerInstance(IntFunction<Object> factory, int count) {
        Object[] held = new Object[count];
        long before = liveHeapAfterFullGc();
        for (int i = 0; i < count; i++) {
            held[i] = factory.apply(i);
        }
        long after = liveHeapAfterFullGc();
        Reference.reachabilityFence(held);
        return (after - before) / (double) count;
    }

    /** Several collections in a row, until the figure settles: the first may leave floating garbage. */
    private static long liveHeapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used == previous) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
