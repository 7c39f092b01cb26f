package dev.breaker.demo;

import dev.breaker.BreakerStateChanged;
import dev.breaker.CircuitState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints every state change of every breaker as it happens, with what it means for callers and for
 * readiness, and keeps a tally for the summary at the end.
 */
@ApplicationScoped
public class StateChangePrinter {
    private final Map<String, Integer> tally = new TreeMap<>();

    @Inject
    Console console;

    void print(@Observes BreakerStateChanged change) {
        console.line(">>> " + change.name() + ": " + change.from() + " -> " + change.to() + "   " + meaning(change));
        synchronized (tally) {
            tally.merge(change.from() + " -> " + change.to(), 1, Integer::sum);
        }
    }

    /** @return each transition seen, with how often, such as {@code {CLOSED -> OPEN=2, ...}} */
    public Map<String, Integer> tally() {
        synchronized (tally) {
            return new TreeMap<>(tally);
        }
    }

    private static String meaning(BreakerStateChanged change) {
        return switch (change.to()) {
            case OPEN -> change.from() == CircuitState.HALF_OPEN
                    ? "a trial failed: rejecting again, the timeout starts over; readiness DOWN"
                    : "calls rejected at once; readiness DOWN with retryAfterMs";
            case HALF_OPEN -> "timeout over: trial calls let through; readiness UP, degraded";
            case CLOSED -> "the trials succeeded: calls flow again; readiness UP";
        };
    }
}
