package dev.breaker;

/**
 * The time source of a breaker. Timeouts are measured on the monotonic {@link #nanoTime()}, never on
 * the wall clock, so a clock step (NTP, a suspended VM) can neither hold a breaker open nor release it
 * early; the wall clock only stamps metrics and events.
 *
 * <p>Tests pass a fake clock to {@link CircuitBreaker.Builder#clock(BreakerClock)} to drive timeouts
 * without sleeping.
 */
public interface BreakerClock {
    /**
     * A monotonic reading in nanoseconds, comparable only with other readings of the same clock by
     * subtraction ({@code later - earlier}), as {@link System#nanoTime()}: it may start anywhere,
     * negative or near {@link Long#MAX_VALUE}, and wrap around.
     *
     * @return the current monotonic reading
     */
    long nanoTime();

    /**
     * The wall-clock time, used only to stamp metrics and events.
     *
     * @return milliseconds since the epoch
     */
    long epochMillis();

    /**
     * A reading of {@link #nanoTime()} at most about a millisecond old, cheap enough to take on every
     * call: what times slow calls and fills time windows. A clock that has nothing cheaper returns
     * {@link #nanoTime()}, as this default does.
     *
     * @return a recent monotonic reading
     */
    default long recentNanoTime() {
        return nanoTime();
    }

    /**
     * A reading of {@link #epochMillis()} at most about a millisecond old, cheap enough to take on every
     * call: what stamps {@code lastSuccessTime}. A clock that has nothing cheaper returns
     * {@link #epochMillis()}, as this default does.
     *
     * @return a recent wall-clock reading, in milliseconds since the epoch
     */
    default long recentEpochMillis() {
        return epochMillis();
    }

    /**
     * The system clock keeps its recent readings with one daemon thread for the whole application,
     * refreshed every millisecond while breakers are called, gone after a second without calls.
     *
     * @return the clock of the running system: {@link System#nanoTime()} and {@link System#currentTimeMillis()}
     */
    static BreakerClock system() {
        return dev.breaker.core.SystemClock.INSTANCE;
    }
}

