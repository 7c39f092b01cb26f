package dev.breaker.core;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps a recent reading of the system's monotonic and wall clocks, so that a call through a breaker
 * reads two volatile fields rather than the clocks themselves (a clock read costs tens of nanoseconds
 * on a virtual machine: more than the rest of a CLOSED call).
 *
 * <p><b>The thread.</b> One daemon thread for the whole library copy, that is one per application
 * (each application server application has its own copy in its WAR), named {@value #THREAD_NAME}. It
 * refreshes the readings every millisecond while breakers are called, and ends after one second in
 * which no one read them: an idle application has no such thread at all. The first read after that
 * takes fresh readings itself and starts it again. {@link #stop()} ends it at once, when the
 * application stops, so it never outlives the application nor pins its class loader.
 *
 * <p><b>Staying idle without costing the call path.</b> A reader writes nothing while {@link #read}
 * is already set; the thread clears it once a second and ends if no reader has set it again since. So
 * readers share the flag's cache line read-only, and pay one write a second between them. The thread
 * clears its own slot before looking at the flag a last time, and a reader sets the flag before
 * looking at the slot, so one of the two always sees the other: a reader can never be left with
 * readings that no one refreshes.
 */
final class ClockTicker {
    /** The name of the refreshing thread. */
    static final String THREAD_NAME = "breaker-clock";
    private static final long TICK_NANOS = 1_000_000;
    private static final int TICKS_PER_IDLE_CHECK = 1_000;
    /** How far past a millisecond's start the thread aims to wake, so that it never wakes just before. */
    private static final long PAST_BOUNDARY_NANOS = 20_000;

    private static final System.Logger LOG = System.getLogger("dev.breaker");
    /** How long after a thread could not be started the next try waits; meanwhile each read reads the clock. */
    private static final long RETRY_START_NANOS = 1_000_000_000L;

    private final Function<Runnable, Thread> threads;
    private final AtomicReference<Thread> ticking = new AtomicReference<>();
    private volatile long nanos = System.nanoTime();
    private volatile long millis = System.currentTimeMillis();
    /** The monotonic reading before which no thread is started: after a start failed, one second on. */
    private volatile long nextStart = nanos;
    /** Set by readers, cleared by the thread once a second: whether anyone read since. */
    private volatile boolean read;

    ClockTicker() {
        // Started by whichever call comes first, often on a request thread: it must inherit nothing of
        // it (no inheritable thread locals, no context class loader), so that it pins nothing.
        this(tick -> new Thread(null, tick, THREAD_NAME, 0, false));
    }

    /** @param threads makes the refreshing thread, not started; for tests, one that cannot */
    ClockTicker(Function<Runnable, Thread> threads) {
        this.threads = threads;
    }

    /** @return a reading of {@link System#nanoTime()} at most about a millisecond old */
    long nanoTime() {
        if (!read) {
            wake();
        }
        return nanos;
    }

    /** @return a reading of {@link System#currentTimeMillis()} at most about a millisecond old */
    long epochMillis() {
        if (!read) {
            wake();
        }
        return millis;
    }

    /**
     * Ends the thread now; the next read starts it again. The thread is unregistered before the flag is
     * cleared: a reader that set the flag in between then either saw no thread and started one, or
     * left the flag to be cleared here, so the next read wakes one. The other order could leave the flag
     * set with no thread, and the readings frozen for good.
     */
    void stop() {
        stop(() -> { });
    }

    /**
     * {@link #stop()} with {@code betweenSteps} run between its two steps: for the test that replays a
     * read racing it ({@code ReadDuringClockStopTest}), on this very code.
     */
    void stop(Runnable betweenSteps) {
        Thread thread = ticking.getAndSet(null);
        betweenSteps.run();
        read = false;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** @return whether the refreshing thread runs, for tests */
    boolean isTicking() {
        Thread thread = ticking.get();
        return thread != null && thread.isAlive();
    }

    private void wake() {
        refresh();
        if (nanos - nextStart < 0) {
            return; // a start failed less than a second ago: `read` stays clear, so each read refreshes
        }
        read = true;
        if (ticking.get() == null) {
            start();
        }
    }

    /**
     * Why a failed start is caught: the thread is the clock's, not the call's. A JVM out of native
     * threads, or a container that refuses them, must neither fail the call that happened to start it
     * nor leave {@code read} set with no thread to clear it, which would freeze the readings for good
     * (a slow call never detected, a time window that never moves on). The calls read the clock
     * themselves instead, and a new start is tried a second later.
     */
    private void start() {
        Thread thread = null;
        try {
            thread = threads.apply(this::tick);
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            if (ticking.compareAndSet(null, thread)) {
                thread.start();
            }
        } catch (Throwable cannotStart) {
            if (thread != null) {
                ticking.compareAndSet(thread, null);
            }
            nextStart = nanos + RETRY_START_NANOS;
            read = false;
            LOG.log(Level.WARNING, "Breaker: could not start the thread " + THREAD_NAME + " (" + cannotStart
                    + "); calls read the clock themselves, and it is tried again in a second");
        }
    }

    /**
     * Why the thread wakes just after each wall-clock millisecond begins, rather than a millisecond after
     * its last wake-up: a wake-up comes some tens of microseconds late, so a fixed sleep makes the
     * period longer than a millisecond, and a reading taken late in one millisecond could still be read
     * two milliseconds later (0.6% of success stamps lagged 2 or 3 ms on the benchmark machine). Woken
     * just past each boundary, the reading is behind the wall clock only for the wake-up's latency, so a
     * stamp lags by at most one millisecond unless the thread is kept off the CPU for a whole one.
     *
     * @return nanoseconds from now to {@value #PAST_BOUNDARY_NANOS} ns past the next millisecond
     */
    private static long untilJustPastNextMillisecond() {
        return TICK_NANOS - Instant.now().getNano() % TICK_NANOS + PAST_BOUNDARY_NANOS;
    }

    private void refresh() {
        nanos = System.nanoTime();
        millis = System.currentTimeMillis();
    }

    private void tick() {
        Thread self = Thread.currentThread();
        int ticks = 0;
        while (ticking.get() == self) {
            LockSupport.parkNanos(this, untilJustPastNextMillisecond());
            refresh();
            if (++ticks < TICKS_PER_IDLE_CHECK) {
                continue;
            }
            ticks = 0;
            if (read) {
                read = false;
            } else if (ticking.compareAndSet(self, null) && !(read && ticking.compareAndSet(null, self))) {
                return; // a whole second with no reader, and none came while we stopped
            }
        }
    }
}
