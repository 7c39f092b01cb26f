package dev.breaker.core;

import dev.breaker.BreakerClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of a breaker's whole life. Successes and rejections come in bursts from many threads,
 * so they are striped ({@link LongAdder}): threads do not fight over one cache line. The time of the
 * last success is written at most once per millisecond, for the same reason.
 *
 * <p>Each adder is created by the first count it takes, so a breaker that is never called (most of
 * them, in an application with many) holds none: three adders would be a third of its heap. A lost
 * race to create one adopts the winner's, so no count is lost.
 *
 * <p>There is deliberately no total: it is the sum of the three counts, so no snapshot can see it
 * disagree with them.
 */
final class LifetimeCounters {
    private static final long NEVER = Long.MIN_VALUE;
    private static final VarHandle SUCCESSES;
    private static final VarHandle FAILURES;
    private static final VarHandle REJECTIONS;
    private static final VarHandle LAST_FAILURE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SUCCESSES = lookup.findVarHandle(LifetimeCounters.class, "successes", LongAdder.class);
            FAILURES = lookup.findVarHandle(LifetimeCounters.class, "failures", LongAdder.class);
            REJECTIONS = lookup.findVarHandle(LifetimeCounters.class, "rejections", LongAdder.class);
            LAST_FAILURE = lookup.findVarHandle(LifetimeCounters.class, "lastFailureMillis", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Null until the first count of each kind; then never replaced. Read and set through the handles.
    @SuppressWarnings("unused")
    private volatile LongAdder successes;
    @SuppressWarnings("unused")
    private volatile LongAdder failures;
    @SuppressWarnings("unused")
    private volatile LongAdder rejections;
    private volatile long lastSuccessMillis = NEVER;
    private volatile long lastFailureMillis = NEVER;

    void success(BreakerClock clock) {
        adder(SUCCESSES).increment();
        long now = clock.recentEpochMillis();
        if (lastSuccessMillis != now) {
            lastSuccessMillis = now;
        }
    }

    /**
     * @param epochMillis when the failure happened; may be earlier than one already counted (a trial
     *     found overdue late is dated when it became overdue), so the latest time is kept, not the last written
     */
    void failure(long epochMillis) {
        adder(FAILURES).increment();
        long seen;
        while ((seen = lastFailureMillis) < epochMillis && !LAST_FAILURE.compareAndSet(this, seen, epochMillis)) {
            // another failure was stamped meanwhile: compare with it
        }
    }

    void rejection() {
        adder(REJECTIONS).increment();
    }

    long successes() {
        return sum(SUCCESSES);
    }

    long failures() {
        return sum(FAILURES);
    }

    long rejections() {
        return sum(REJECTIONS);
    }

    Optional<Instant> lastSuccess() {
        return toInstant(lastSuccessMillis);
    }

    Optional<Instant> lastFailure() {
        return toInstant(lastFailureMillis);
    }

    /** @return the adder behind {@code handle}, created now if this is its first count */
    private LongAdder adder(VarHandle handle) {
        LongAdder adder = (LongAdder) handle.getAcquire(this);
        if (adder != null) {
            return adder;
        }
        LongAdder created = new LongAdder();
        LongAdder winner = (LongAdder) handle.compareAndExchange(this, null, created);
        return winner == null ? created : winner;
    }

    private long sum(VarHandle handle) {
        LongAdder adder = (LongAdder) handle.getAcquire(this);
        return adder == null ? 0 : adder.sum();
    }

    private static Optional<Instant> toInstant(long epochMillis) {
        return epochMillis == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }
}
