package dev.breaker.bench;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Retained heap per idle breaker: the live heap after a full collection, with N breakers held, minus
 * the live heap before they were built, divided by N. The names and the array that holds the breakers
 * are allocated before the first reading, so they are not counted: what is left is what the breakers
 * themselves keep alive. Each breaker is built and never called ("idle"). Peers are measured the same
 * way, with the configurations of {@link Guards}, in three shapes: consecutive failures, a count window
 * of {@value Guards#WINDOW} calls and a 60-second time window.
 *
 * <p>Run it with the same JVM flags as the benchmarks; {@code scripts/bench.sh} does. Without JOL,
 * this counts every byte the breakers keep reachable, including headers, padding and shared-nothing
 * helper objects; objects shared by all breakers (constants, default settings, the one clock thread)
 * count once in total.
 *
 * <p>Resilience4j's windows keep several kilobytes per breaker; {@value #LARGE_HELD} of them are held
 * rather than {@code count}, so that the heap of the benchmarks' flags ({@code -Xmx1g}) holds them with room to spare. The figure
 * per breaker does not depend on how many are held.
 */
public final class IdleFootprint {
    /** How many breakers are held for the subjects known to keep kilobytes each. */
    static final int LARGE_HELD = 10_000;
    /** The shapes, as the tables name them. */
    public static final String CONSECUTIVE = "consecutive";
    public static final String COUNT_WINDOW = "count window of " + Guards.WINDOW;
    public static final String TIME_WINDOW = "time window of 60 s";

    private IdleFootprint() {
    }

    /**
     * One measured subject.
     *
     * @param shape {@link #CONSECUTIVE}, {@link #COUNT_WINDOW} or {@link #TIME_WINDOW}
     * @param subject breaker, resilience4j, resilience4jLockFree, failsafe or smallrye
     * @param held how many were held at once
     * @param bytesPerBreaker retained bytes per breaker
     */
    public record Footprint(String shape, String subject, int held, double bytesPerBreaker) {
    }

    /**
     * @param args optional: how many breakers of each kind (default 100000)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        measure(count).forEach(footprint -> System.out.printf("idle-footprint %-20s %-21s %8.1f bytes per breaker (%d held)%n",
                footprint.shape(), footprint.subject(), footprint.bytesPerBreaker(), footprint.held()));
    }

    /**
     * @param count how many breakers of each kind to hold at once ({@value #LARGE_HELD} at most for
     *     Resilience4j's windows)
     * @return bytes retained per idle breaker, by shape and subject
     */
    public static List<Footprint> measure(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "breaker-" + i;
        }
        int large = Math.min(count, LARGE_HELD);
        List<Subject> subjects = List.of(
                new Subject(CONSECUTIVE, "breaker", count, i -> Guards.breaker(names[i])),
                new Subject(CONSECUTIVE, "resilience4j", count, i -> Guards.resilience4j(names[i])),
                new Subject(CONSECUTIVE, "failsafe", count, i -> Guards.failsafeBreaker()),
                new Subject(CONSECUTIVE, "smallrye", count, i -> Guards.smallrye()),
                new Subject(COUNT_WINDOW, "breaker", count, i -> Guards.breakerCountWindow(names[i])),
                new Subject(COUNT_WINDOW, "resilience4j", large, i -> Guards.resilience4jCountWindow(names[i],
                        SlidingWindowSynchronizationStrategy.SYNCHRONIZED, null)),
                new Subject(COUNT_WINDOW, "resilience4jLockFree", large, i -> Guards.resilience4jCountWindow(names[i],
                        SlidingWindowSynchronizationStrategy.LOCK_FREE, null)),
                new Subject(COUNT_WINDOW, "failsafe", count, i -> Guards.failsafeCountWindow()),
                new Subject(COUNT_WINDOW, "smallrye", count, i -> Guards.smallryeCountWindow()),
                new Subject(TIME_WINDOW, "breaker", count, i -> Guards.breakerTimeWindow(names[i])),
                new Subject(TIME_WINDOW, "resilience4j", large, i -> Guards.resilience4jTimeWindow(names[i],
                        SlidingWindowSynchronizationStrategy.SYNCHRONIZED)),
                new Subject(TIME_WINDOW, "resilience4jLockFree", large, i -> Guards.resilience4jTimeWindow(names[i],
                        SlidingWindowSynchronizationStrategy.LOCK_FREE)),
                new Subject(TIME_WINDOW, "failsafe", count, i -> Guards.failsafeTimeWindow()));

        // Build one of each first, so class loading and static state are in the baseline.
        subjects.forEach(subject -> subject.factory().apply(0));
        List<Footprint> footprints = new ArrayList<>();
        for (Subject subject : subjects) {
            footprints.add(new Footprint(subject.shape(), subject.name(), subject.held(),
                    bytesPerInstance(subject.factory(), subject.held())));
        }
        Reference.reachabilityFence(names);
        return footprints;
    }

    private record Subject(String shape, String name, int held, IntFunction<Object> factory) {
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
