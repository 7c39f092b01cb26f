package dev.breaker.bench.cdi;

import dev.breaker.BreakerClock;
import jakarta.enterprise.context.Dependent;

/**
 * A clock that never moves and costs nothing to read. Declared as a bean, it becomes the clock of
 * every breaker the container creates: only {@link BreakerStoppedClockCallBenchmark} deploys it. Dependent,
 * so the breaker holds the instance itself: an application-scoped clock would be read through a client
 * proxy, which costs more than the clock it replaces.
 */
@Dependent
public class StoppedClock implements BreakerClock {
    @Override
    public long nanoTime() {
        return 0;
    }

    @Override
    public long epochMillis() {
        return 1_000_000_000_000L;
    }
}
