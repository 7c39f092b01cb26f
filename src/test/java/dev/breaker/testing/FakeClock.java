package dev.breaker.testing;

import dev.breaker.BreakerClock;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link BreakerClock} that moves only when a test says so. The wall clock follows the monotonic
 * reading (one millisecond per million nanoseconds from a fixed instant), so a test can predict every
 * timestamp a breaker reports.
 *
 * <p>{@link #nearWrap()} starts one minute before {@link Long#MAX_VALUE}, so advancing it past a minute
 * wraps {@link #nanoTime()} to negative values, as {@link System#nanoTime()} may.
 *
 * <p>{@link #onNextRead(Runnable)} lets a single-threaded test run other operations between a breaker's
 * clock read and its next step: the interleaving of a preempted thread, made deterministic.
 *
 * <p>Added to a CDI test deployment as a bean class, it is the clock of every breaker the container
 * creates (one instance, near the wrap), and the test injects it to move it.
 */
@Singleton
public class FakeClock implements BreakerClock {
    /** The wall-clock instant at which every fake clock starts. */
    public static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

    private final long startNanos;
    private final AtomicLong nanos;
    private final AtomicReference<Runnable> nextRead = new AtomicReference<>();

    /** A clock one minute before {@link Long#MAX_VALUE}, as {@link #nearWrap()}: the one a CDI container makes. */
    public FakeClock() {
        this(Long.MAX_VALUE - Duration.ofMinutes(1).toNanos());
    }

    private FakeClock(long startNanos) {
        this.startNanos = startNanos;
        this.nanos = new AtomicLong(startNanos);
    }

    /** @return a clock whose monotonic reading starts at zero */
    public static FakeClock atZero() {
        return new FakeClock(0);
    }

    /**
     * @param nanos the first monotonic reading
     * @return a clock starting there
     */
    public static FakeClock startingAt(long nanos) {
        return new FakeClock(nanos);
    }

    /** @return a clock one minute before {@link Long#MAX_VALUE}: it wraps after one more minute */
    public static FakeClock nearWrap() {
        return new FakeClock(Long.MAX_VALUE - Duration.ofMinutes(1).toNanos());
    }

    @Override
    public long nanoTime() {
        long reading = nanos.get();
        Runnable meanwhile = nextRead.getAndSet(null);
        if (meanwhile != null) {
            meanwhile.run(); // what other threads did after this reading was taken
        }
        return reading;
    }

    @Override
    public long epochMillis() {
        return START.toEpochMilli() + Math.floorDiv(nanos.get() - startNanos, 1_000_000L);
    }

    /** @return the wall-clock time now, at millisecond precision, as the breaker would stamp it */
    public Instant instant() {
        return Instant.ofEpochMilli(epochMillis());
    }

    /** @return the monotonic reading now, without triggering {@link #onNextRead} */
    public long peek() {
        return nanos.get();
    }

    /**
     * @param step how far to move the clock (wrapping past {@link Long#MAX_VALUE} like nanoTime)
     * @return this clock
     */
    public FakeClock advance(Duration step) {
        return advanceNanos(step.toNanos());
    }

    /**
     * @param step nanoseconds to move the clock
     * @return this clock
     */
    public FakeClock advanceNanos(long step) {
        nanos.addAndGet(step);
        return this;
    }

    /**
     * @param reading the new monotonic reading
     * @return this clock
     */
    public FakeClock setNanoTime(long reading) {
        nanos.set(reading);
        return this;
    }

    /**
     * Runs {@code meanwhile} once, inside the next {@link #nanoTime()} call, after that call has taken
     * its reading: the breaker then goes on with a reading older than what {@code meanwhile} did.
     *
     * @param meanwhile what happens between the reading and its use
     */
    public void onNextRead(Runnable meanwhile) {
        nextRead.set(meanwhile);
    }
}
