package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.breaker.bench.cdi.BenchDeployment;
import dev.breaker.bench.cdi.BreakerBean;
import dev.breaker.core.SystemClock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the system clock's one refreshing thread ({@code breaker-clock}) costs, measured in this JVM,
 * and whether the times it stamps are right to the millisecond:
 * <ol>
 *   <li><b>one thread</b>: {@value #BREAKERS} breakers are each called once; the threads named
 *       {@code breaker-clock} are counted (one expected), and whether it is a daemon;</li>
 *   <li><b>busy</b>: for {@value #BUSY_MILLIS} ms this thread calls those breakers one after another and
 *       checks every stamp: {@code lastSuccessTime} against {@link System#currentTimeMillis()} read just
 *       before the call, {@code lastFailureTime} likewise, on a disabled breaker (it counts and never
 *       opens). Meanwhile the clock thread's CPU time ({@link ThreadMXBean#getThreadCpuTime}) and, on
 *       Linux, its voluntary context switches (its wake-ups) are read;</li>
 *   <li><b>idle</b>: no call at all; how long the thread lives on, what CPU it takes until it ends,
 *       and that no such thread is left once it has;</li>
 *   <li><b>wake</b>: the first call after that starts it again, and still stamps the right time;</li>
 *   <li><b>application stop</b>: a Weld SE container with a {@code @Breaker} bean is started, its bean
 *       called (the thread runs), and the container closed: how long until the thread has ended.</li>
 * </ol>
 * Nothing here sleeps to hope for an outcome: the idle phase polls the thread's state until it ends
 * (at most {@value #IDLE_LIMIT_MILLIS} ms) and reports how long that took.
 */
public final class ClockThreadCost {
    static final String THREAD_NAME = "breaker-clock";
    static final int BREAKERS = 1_000;
    static final long BUSY_MILLIS = 1_000;
    static final long IDLE_LIMIT_MILLIS = 5_000;
    private static final long POLL_MILLIS = 10;

    private ClockThreadCost() {
    }

    /**
     * The measured figures.
     *
     * @param threadsWith1000Breakers threads named {@code breaker-clock} after {@value #BREAKERS} breakers were called
     * @param daemon whether that thread is a daemon
     * @param busyCpuNanos the clock thread's CPU time over the busy period
     * @param busyWallNanos the busy period's length
     * @param busyWakeups its voluntary context switches over the busy period; -1 if unknown (not Linux)
     * @param successStamps {@code lastSuccessTime} readings checked
     * @param successLagMax the largest lag of a success stamp behind the time read just before its call, ms
     * @param successLagOver1 how many of them lagged by more than one millisecond
     * @param successLagAt1 how many lagged by exactly one millisecond
     * @param failureStamps {@code lastFailureTime} readings checked
     * @param failureOutside how many of them fell outside the time read just before and just after the call
     * @param callsPerSecond calls made per second of the busy period (each with its metrics read)
     * @param idleEndMillis how long after the last call the thread ended; -1 if it had not within {@value #IDLE_LIMIT_MILLIS} ms
     * @param idleCpuNanos the thread's CPU time from the last call until it ended (last reading before it ended)
     * @param threadsAfterIdle threads named {@code breaker-clock} once it had ended
     * @param wakeStampRight whether the first call after the idle period stamped a time not before the call
     * @param threadsAfterWake threads named {@code breaker-clock} after that call
     * @param stopEndMillis how long after a CDI container was closed the thread had ended; -1 if not
     *     within {@value #IDLE_LIMIT_MILLIS} ms
     */
    public record Figures(int threadsWith1000Breakers, boolean daemon, long busyCpuNanos, long busyWallNanos,
            long busyWakeups, long successStamps, long successLagMax, long successLagOver1, long successLagAt1,
            long failureStamps, long failureOutside, double callsPerSecond, long idleEndMillis, long idleCpuNanos,
            int threadsAfterIdle, boolean wakeStampRight, int threadsAfterWake, long stopEndMillis) {

        /** @return the clock thread's share of one core while busy, in percent */
        public double busyCpuPercent() {
            return 100.0 * busyCpuNanos / busyWallNanos;
        }
    }

    /** @param args none */
    public static void main(String[] args) throws Exception {
        System.out.println(measure());
    }

    /**
     * @return the figures; the system clock's thread is stopped first, so they start from an idle application
     * @throws Exception never in practice: the guarded operation does not throw
     */
    public static Figures measure() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SystemClock.INSTANCE.stopTicking();
        awaitEnd(threads, System.nanoTime());

        // One thread for many breakers.
        String payload = "ok";
        Callable<String> operation = () -> payload;
        Callable<String> failing = () -> {
            throw new IllegalStateException("induced failure");
        };
        List<CircuitBreaker> breakers = new ArrayList<>();
        for (int i = 0; i < BREAKERS; i++) {
            CircuitBreaker breaker = Guards.breaker("clock-" + i);
            breaker.call(operation);
            breakers.add(breaker);
        }
        List<Thread> clockThreads = clockThreads();
        int threadsWith1000 = clockThreads.size();
        Thread clock = clockThreads.get(0);
        boolean daemon = clock.isDaemon();
        CircuitBreaker disabled = CircuitBreaker.builder("clock-failures").enabled(false).build();

        // Busy.
        Optional<Path> task = linuxTask();
        long switchesBefore = task.map(ClockThreadCost::voluntarySwitches).orElse(-1L);
        long cpuBefore = threads.getThreadCpuTime(clock.getId());
        long wallBefore = System.nanoTime();
        long deadline = wallBefore + TimeUnit.MILLISECONDS.toNanos(BUSY_MILLIS);
        long successStamps = 0;
        long lagMax = Long.MIN_VALUE;
        long lagOver1 = 0;
        long lagAt1 = 0;
        long failureStamps = 0;
        long failureOutside = 0;
        long calls = 0;
        int next = 0;
        while (System.nanoTime() < deadline) {
            CircuitBreaker breaker = breakers.get(next);
            next = (next + 1) % BREAKERS;
            long before = System.currentTimeMillis();
            breaker.call(operation);
            calls++;
            long lag = before - breaker.getMetrics().lastSuccessTime().orElseThrow().toEpochMilli();
            successStamps++;
            lagMax = Math.max(lagMax, lag);
            if (lag > 1) {
                lagOver1++;
            } else if (lag == 1) {
                lagAt1++;
            }
            if (calls % 16 == 0) {
                long failBefore = System.currentTimeMillis();
                try {
                    disabled.call(failing);
                } catch (IllegalStateException expected) {
                    // counted as a failure: the point
                }
                long failAfter = System.currentTimeMillis();
                long stamp = disabled.getMetrics().lastFailureTime().orElseThrow().toEpochMilli();
                failureStamps++;
                if (stamp < failBefore || stamp > failAfter) {
                    failureOutside++;
                }
            }
        }
        long wallAfter = System.nanoTime();
        long cpuAfter = threads.getThreadCpuTime(clock.getId());
        long switchesAfter = task.map(ClockThreadCost::voluntarySwitches).orElse(-1L);

        // Idle: no call from here on.
        long idleFrom = System.nanoTime();
        long cpuAtIdle = cpuAfter;
        long lastCpu = cpuAtIdle;
        long endedAfter = -1;
        while (System.nanoTime() - idleFrom < TimeUnit.MILLISECONDS.toNanos(IDLE_LIMIT_MILLIS)) {
            long cpu = threads.getThreadCpuTime(clock.getId());
            if (cpu >= 0) {
                lastCpu = cpu;
            }
            if (!clock.isAlive()) {
                endedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - idleFrom);
                break;
            }
            Thread.sleep(POLL_MILLIS); // polling the thread's state, not waiting for an outcome
        }
        int threadsAfterIdle = clockThreads().size();

        // Wake.
        long before = System.currentTimeMillis();
        breakers.get(0).call(operation);
        boolean wakeRight = breakers.get(0).getMetrics().lastSuccessTime().orElseThrow().toEpochMilli() >= before;
        int threadsAfterWake = clockThreads().size();

        // Application stop: the library's CDI registry ends the thread when its container stops.
        long stopEnd = applicationStop();

        return new Figures(threadsWith1000, daemon, cpuAfter - cpuBefore, wallAfter - wallBefore,
                switchesBefore < 0 || switchesAfter < 0 ? -1 : switchesAfter - switchesBefore, successStamps, lagMax,
                lagOver1, lagAt1, failureStamps, failureOutside, calls * 1e9 / (wallAfter - wallBefore), endedAfter,
                lastCpu - cpuAtIdle, threadsAfterIdle, wakeRight, threadsAfterWake, stopEnd);
    }

    /** @return ms from closing a Weld SE container whose breaker was just called until no clock thread is left */
    private static long applicationStop() throws InterruptedException {
        BenchDeployment deployment = BenchDeployment.start(BreakerBean.class);
        List<Thread> running;
        try {
            deployment.bean(BreakerBean.class).call();
            running = clockThreads();
            if (running.isEmpty()) {
                throw new IllegalStateException("a @Breaker call started no clock thread");
            }
        } finally {
            deployment.close();
        }
        long closed = System.nanoTime();
        while (System.nanoTime() - closed < TimeUnit.MILLISECONDS.toNanos(IDLE_LIMIT_MILLIS)) {
            if (running.stream().noneMatch(Thread::isAlive)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed);
            }
            Thread.sleep(1); // polling the thread's state
        }
        return -1;
    }

    private static void awaitEnd(ThreadMXBean threads, long from) throws InterruptedException {
        while (SystemClock.INSTANCE.isTicking() && System.nanoTime() - from < TimeUnit.MILLISECONDS.toNanos(IDLE_LIMIT_MILLIS)) {
            Thread.sleep(POLL_MILLIS); // polling the thread's state
        }
        if (SystemClock.INSTANCE.isTicking()) {
            throw new IllegalStateException("the clock thread did not stop when asked");
        }
    }

    private static List<Thread> clockThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(THREAD_NAME) && thread.isAlive())
                .toList();
    }

    /** @return the clock thread's directory in /proc (the JVM names native threads after Java's), if any */
    private static Optional<Path> linuxTask() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(tasks)) {
            return all.filter(task -> {
                try {
                    return Files.readString(task.resolve("comm")).strip().equals(THREAD_NAME);
                } catch (IOException gone) {
                    return false;
                }
            }).findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static long voluntarySwitches(Path task) {
        try {
            return Arrays.stream(Files.readString(task.resolve("status")).split("\n"))
                    .filter(line -> line.startsWith("voluntary_ctxt_switches:"))
                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).strip()))
                    .findFirst().orElse(-1);
        } catch (IOException gone) {
            return -1;
        }
    }
}
