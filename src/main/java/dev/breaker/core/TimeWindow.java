package dev.breaker.core;

import dev.breaker.BreakerClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;

/**
 * A window of the outcomes of the last {@code duration} of a CLOSED period, on the monotonic clock,
 * kept in buckets of at most a tenth of the period and at most one second: an outcome may leave the
 * window up to one bucket early or late. Each bucket has a slot in a ring: its number (counted from the
 * window's start, so a clock near {@code Long.MAX_VALUE} cannot overflow it) and its counts of
 * successes and failures.
 *
 * <p>A call reads the clock's recent reading ({@link BreakerClock#recentNanoTime()}, two volatile
 * reads for the system clock) and adds to its bucket's count. The first to find a slot still holding
 * an older bucket claims it by compare-and-set, zeroes its counts, and only then writes the new
 * bucket's number: so no one ever reads an old bucket's counts as the new one's (while the slot is
 * claimed it holds {@link #CLAIMED}, which no window includes). An outcome counted in the same instant
 * by another thread may be lost, as one at a bucket's border may land in either: the window is a rate,
 * not a ledger (the lifetime counts stay exact). A claim never blocks anyone: a slot left
 * {@link #CLAIMED} (its claimer died of an {@code Error} halfway) is claimed again by the next outcome.
 */
final class TimeWindow extends OutcomeWindow {
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final long MAX_BUCKET_NANOS = Duration.ofSeconds(1).toNanos();
    /** What a slot holds while it is being zeroed for a new bucket: below every bucket number. */
    private static final long CLAIMED = Long.MIN_VALUE;
    private static final VarHandle LAST_FAILURE_BUCKET;

    static {
        try {
            LAST_FAILURE_BUCKET = MethodHandles.lookup().findVarHandle(TimeWindow.class, "lastFailureBucket", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long start;
    private final long bucketNanos;
    /** Per slot: the bucket number it holds, its successes, its failures. */
    private final long[] slots;
    private final int buckets;
    /**
     * The bucket in which the window was last seen holding {@code minimumCalls} outcomes: within one
     * bucket nothing leaves the window, so a success there can no longer raise the ratio. Successes of
     * a new bucket ask until it is seen again.
     */
    private volatile long primedBucket = -1;
    /**
     * The latest bucket holding a failure (raised only, by compare-and-set: failures are rare). A success
     * with no failure left in the window cannot open it, so a healthy breaker's successes never scan.
     */
    private volatile long lastFailureBucket = Long.MIN_VALUE / 2;

    TimeWindow(double failureRatio, int minimumCalls, Duration duration, long start) {
        super(failureRatio, minimumCalls);
        long period = duration.toNanos();
        this.start = start;
        this.bucketNanos = Math.max(1, Math.min(period / 10, MAX_BUCKET_NANOS));
        int inPeriod = (int) ((period + bucketNanos - 1) / bucketNanos);
        this.buckets = inPeriod + 1; // the current bucket, partly filled, and a whole period before it
        this.slots = new long[3 * buckets];
        for (int slot = 0; slot < buckets; slot++) {
            slots[3 * slot] = -1; // holds no bucket yet
        }
    }

    @Override
    boolean successOpens(BreakerClock clock) {
        long bucket = add(clock.recentNanoTime(), 1);
        return primedBucket != bucket && bucket - lastFailureBucket <= buckets - 2 && decide(bucket);
    }

    @Override
    boolean failureOpens(BreakerClock clock) {
        long bucket = add(clock.recentNanoTime(), 2);
        long seen;
        while ((seen = lastFailureBucket) < bucket && !LAST_FAILURE_BUCKET.compareAndSet(this, seen, bucket)) {
            Thread.onSpinWait();
        }
        return decide(bucket);
    }

    private boolean decide(long bucket) {
        long[] counts = counts(bucket);
        long outcomes = counts[0] + counts[1];
        if (holdsEnough(outcomes) && primedBucket != bucket) {
            primedBucket = bucket; // written once per bucket: every success reads it
        }
        return opens(outcomes, counts[1]);
    }

    @Override
    double ratio(BreakerClock clock) {
        long[] counts = counts(bucketOf(clock.recentNanoTime()));
        return ratioOf(counts[0] + counts[1], counts[1]);
    }

    private long bucketOf(long now) {
        return Math.max(0, now - start) / bucketNanos; // a reading older than the window's start is its start
    }

    /** @param which 1 for successes, 2 for failures: the offset of the count in a slot */
    private long add(long now, int which) {
        long bucket = bucketOf(now);
        int base = 3 * (int) (bucket % buckets);
        while (true) {
            long held = (long) LONGS.getVolatile(slots, base);
            if (held == bucket) {
                break;
            }
            if (held > bucket) {
                return bucket; // a later bucket holds the slot: this outcome is already outside the window
            }
            if (LONGS.compareAndSet(slots, base, held, CLAIMED)) {
                LONGS.setVolatile(slots, base + 1, 0L);
                LONGS.setVolatile(slots, base + 2, 0L);
                LONGS.setVolatile(slots, base, bucket);
                break;
            }
        }
        LONGS.getAndAdd(slots, base + which, 1L);
        return bucket;
    }

    /**
     * One pass over the ring, which for a long window is thousands of slots.
     *
     * @return the successes and the failures over the window's buckets, from
     *     {@code current - buckets + 2} to {@code current}
     */
    private long[] counts(long current) {
        long successes = 0;
        long failures = 0;
        long oldest = current - (buckets - 2);
        for (int slot = 0; slot < buckets; slot++) {
            long held = (long) LONGS.getVolatile(slots, 3 * slot);
            if (held >= oldest && held <= current) {
                successes += (long) LONGS.getVolatile(slots, 3 * slot + 1);
                failures += (long) LONGS.getVolatile(slots, 3 * slot + 2);
            }
        }
        return new long[] {successes, failures};
    }
}
