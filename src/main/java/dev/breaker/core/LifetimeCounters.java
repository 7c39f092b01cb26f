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
 * <p>There is deliberately no total: it is the sum of the three counts, so no snapshot can see it
 * disagree with them.
 */
final class LifetimeCounters {
    private static final long NEVER = Long.MIN_VALUE;
    private static final VarHandle LAST_FAILURE;

    static {
        try {
            LAST_FAILURE = MethodHandles.lookup().findVarHandle(LifetimeCounters.class, "lastFailureMillis", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final LongAdder successes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder rejections = new LongAdder();
    private volatile long lastSuccessMillis = NEVER;
    private volatile long lastFailureMillis = NEVER;

    void success(BreakerClock clock) {
        successes.increment();
        long now = clock.epochMillis();
        if (lastSuccessMillis != now) {
            lastSuccessMillis = now;
        }
    }

    /**
     * @param epochMillis when the failure happened; may be earlier than one already counted (a trial
     *     found overdue late is dated when it became overdue), so the latest time is kept, not the last written
     */
    void failure(long epochMillis) {
        failures.increment();
        long seen;
        while ((seen = lastFailureMillis) < epochMillis && !LAST_FAILURE.compareAndSet(this, seen, epochMillis)) {
            // another failure was stamped meanwhile: compare with it
        }
    }

    void rejection() {
        rejections.increment();
    }

    long successes() {
        return successes.sum();
    }

    long failures() {
        return failures.sum();
    }

    long rejections() {
        return rejections.sum();
    }

    Optional<Instant> lastSuccess() {
        return toInstant(lastSuccessMillis);
    }

    Optional<Instant> lastFailure() {
        return toInstant(lastFailureMillis);
    }

    private static Optional<Instant> toInstant(long epochMillis) {
        return epochMillis == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }
}
