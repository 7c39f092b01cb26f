package dev.breaker.core;

import dev.breaker.BreakerClock;

/**
 * The clock of the running system. A single instance, so that the call path of every breaker in
 * production sees one clock type and the JIT can inline it. Its recent readings come from one
 * {@link ClockTicker} for the whole application.
 */
public enum SystemClock implements BreakerClock {
    /** The only instance. */
    INSTANCE;

    private final ClockTicker ticker = new ClockTicker();

    /**
     * Ends the thread that keeps the recent readings, for an application that stops; the next read
     * starts it again.
     */
    public void stopTicking() {
        ticker.stop();
    }

    /** @return whether the thread that keeps the recent readings runs now */
    public boolean isTicking() {
        return ticker.isTicking();
    }

    @Override
    public long recentNanoTime() {
        return ticker.nanoTime();
    }

    @Override
    public long recentEpochMillis() {
        return ticker.epochMillis();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long epochMillis() {
        return System.currentTimeMillis();
    }
}
