package dev.breaker.testing;

import dev.breaker.BreakerClock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A {@link BreakerClock} over a {@link FakeClock} that throws an {@link Injected} error (a
 * {@link StackOverflowError}) at a chosen read: a seam into a breaker's own bookkeeping, which reads
 * its clock at nearly every step (admitting a call, recording an outcome, counting it, publishing a
 * transition). Every read counts, {@link #nanoTime()} and {@link #epochMillis()} alike, from every thread.
 *
 * <pre>{@code
 * FaultyClock clock = FaultyClock.over(FakeClock.atZero());
 * CircuitBreaker breaker = CircuitBreaker.builder("b").clock(clock).build();
 * clock.failAtRead(2);              // the second read from now throws
 * clock.failAtRandom(0.05, random); // or: each read throws with this probability
 * clock.noFaults();
 * }</pre>
 */
public final class FaultyClock implements BreakerClock {
    /** The error this clock throws: a {@code StackOverflowError}, so a test can tell it from a real one. */
    public static final class Injected extends StackOverflowError {
        private static final long serialVersionUID = 1L;

        Injected(long read) {
            super("injected at clock read " + read);
        }
    }

    private final FakeClock time;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong thrown = new AtomicLong();
    /** The read (counted as {@link #reads}) that throws next; 0 for none. */
    private volatile long failingRead;
    /** Draws a number in [0, 1) per read; {@code null}: no random faults. */
    private volatile DoubleSupplier draws;
    private volatile double probability;
    /** Set while the reading thread runs {@link #quietly}: its reads never throw. */
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private FaultyClock(FakeClock time) {
        this.time = time;
    }

    /**
     * @param time the clock that gives the readings, moved by the test
     * @return a clock that reads {@code time} and throws where told, starting with no faults
     */
    public static FaultyClock over(FakeClock time) {
        return new FaultyClock(time);
    }

    @Override
    public long nanoTime() {
        fault();
        return time.nanoTime();
    }

    @Override
    public long epochMillis() {
        fault();
        return time.epochMillis();
    }

    private void fault() {
        if (quiet.get()) {
            return;
        }
        long read = reads.incrementAndGet();
        if (read == failingRead) {
            failingRead = 0;
            throw injected(read);
        }
        DoubleSupplier random = draws;
        if (random != null && random.getAsDouble() < probability) {
            throw injected(read);
        }
    }

    private Injected injected(long read) {
        thrown.incrementAndGet();
        return new Injected(read);
    }

    /**
     * @param n 1 for the next read, 2 for the one after, and so on
     * @return this clock; only that one read throws
     */
    public FaultyClock failAtRead(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        failingRead = reads.get() + n;
        return this;
    }

    /**
     * @param chance the probability that a read throws, from 0 to 1
     * @param random draws one number in [0, 1) per read; it must be safe for every thread that reads
     * @return this clock
     */
    public FaultyClock failAtRandom(double chance, DoubleSupplier random) {
        this.probability = chance;
        this.draws = random;
        return this;
    }

    /**
     * @param chance the probability that a read throws, from 0 to 1, drawn in each reading thread
     * @return this clock
     */
    public FaultyClock failAtRandom(double chance) {
        return failAtRandom(chance, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @return this clock, which throws no more */
    public FaultyClock noFaults() {
        draws = null;
        failingRead = 0;
        return this;
    }

    /**
     * Runs a look at the breaker (a test's own check) with no fault in this thread, and without counting
     * its reads, so that what the test checks never changes where the faults fall.
     *
     * @param look what to run
     * @param <T> what it gives
     * @return what it gave
     */
    public <T> T quietly(Supplier<T> look) {
        Boolean before = quiet.get();
        quiet.set(Boolean.TRUE);
        try {
            return look.get();
        } finally {
            quiet.set(before);
        }
    }

    /** @return reads so far, of either kind, by every thread, outside {@link #quietly} */
    public long reads() {
        return reads.get();
    }

    /** @return errors thrown so far */
    public long faults() {
        return thrown.get();
    }

    /** @return the fake clock that gives the readings */
    public FakeClock time() {
        return time;
    }
}
