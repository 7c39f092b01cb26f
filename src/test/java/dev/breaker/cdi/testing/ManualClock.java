package dev.breaker.cdi.testing;

import dev.breaker.BreakerClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock the test moves by hand. Declared as a bean, it becomes the clock of every breaker the
 * container creates. It starts near {@code Long.MAX_VALUE}, so timeouts are measured across the wrap.
 */
@ApplicationScoped
public class ManualClock implements BreakerClock {
    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - Duration.ofMinutes(1).toNanos());
    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public long epochMillis() {
        return millis.get();
    }

    /** @param duration how far to move the clock */
    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
        millis.addAndGet(duration.toMillis());
    }
}
