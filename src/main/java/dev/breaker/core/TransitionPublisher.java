package dev.breaker.core;

import dev.breaker.BreakerClock;
import dev.breaker.BreakerStateChanged;
import dev.breaker.CircuitState;
import dev.breaker.StateChangeListener;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

/**
 * Tells the world about a transition after it happened: logs it (OPEN at WARNING, the others at
 * INFO) and hands it to each listener. Called only by the thread whose compare-and-set made the
 * transition, outside any lock; a listener that throws is logged and skipped, never rethrown.
 */
final class TransitionPublisher {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private final String name;
    private final BreakerClock clock;
    private final List<StateChangeListener> listeners;

    TransitionPublisher(String name, BreakerClock clock, List<StateChangeListener> listeners) {
        this.name = name;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    void publish(CircuitState from, CircuitState to, long atNanos) {
        BreakerStateChanged change = new BreakerStateChanged(name, from, to, instantOf(atNanos));
        log(change);
        for (StateChangeListener listener : listeners) {
            try {
                listener.onStateChange(change);
            } catch (Throwable failure) { // NOPMD: a listener must never fail the call that moved the breaker
                LOG.log(Level.ERROR, "A state-change listener of circuit breaker '" + name + "' threw; ignored", failure);
            }
        }
    }

    /** Maps a monotonic reading to wall-clock time: now, minus how long ago the reading was. */
    Instant instantOf(long nanos) {
        long agoNanos = clock.nanoTime() - nanos;
        return Instant.ofEpochMilli(clock.epochMillis()).minusNanos(Math.max(0, agoNanos));
    }

    long epochMillisOf(long nanos) {
        return instantOf(nanos).toEpochMilli();
    }

    private void log(BreakerStateChanged change) {
        Level level = change.to() == CircuitState.OPEN ? Level.WARNING : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "Circuit breaker ''{0}'' changed from {1} to {2}", name, change.from(), change.to());
        }
    }
}
