package dev.breaker.core;

import dev.breaker.BreakerClock;

/**
 * The clock of the running system. A single instance, so that the call path of every breaker in
 * production sees one clock type and the JIT can inline it.
 */
public enum SystemClock implements BreakerClock {
    /** The only instance. */
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long epochMillis() {
        return System.currentTimeMillis();
    }
}
