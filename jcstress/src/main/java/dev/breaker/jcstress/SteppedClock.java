package dev.breaker.jcstress;

import dev.breaker.BreakerClock;
import java.time.Duration;

/**
 * A clock that moves only when a test moves it, so a test can put a breaker past its open timeout
 * without sleeping. It starts near {@code Long.MAX_VALUE} so the engine's arithmetic is also run
 * across the wrap-around of the monotonic reading.
 */
final class SteppedClock implements BreakerClock {
    private volatile long nanos = Long.MAX_VALUE - Duration.ofMillis(500).toNanos();

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long epochMillis() {
        return 1_700_000_000_000L + Duration.ofNanos(nanos - Long.MAX_VALUE).toMillis();
    }

    /** Moves the clock on; called before the actors start, so a plain read-modify-write is enough. */
    void advance(Duration by) {
        nanos += by.toNanos();
    }
}
