package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The meters of one backend, as one binding registers them: each breaker, retry and fallback once, however
 * often it is handed over (a watcher may hear of one twice), and nothing after {@link #close()}. Handing
 * over and closing happen at start-up, at shutdown and when a breaker is created: never on a call.
 */
abstract class BackendMeters {
    private final String description;
    private final Set<String> breakers = new HashSet<>();
    private final Set<String> retries = new HashSet<>();
    private final Set<String> fallbacks = new HashSet<>();
    private boolean closed;

    /** @param description the backend and the object the meters are registered with, for logs */
    BackendMeters(String description) {
        this.description = description;
    }

    final synchronized void addBreaker(CircuitBreaker breaker) {
        if (!closed && breakers.add(breaker.name())) {
            registerBreaker(breaker);
        }
    }

    final synchronized void addRetries(String method, LongAdder retried) {
        if (!closed && retries.add(method)) {
            registerCount(ExportedMeter.RETRIES, method, retried);
        }
    }

    final synchronized void addFallbackAnswers(String method, LongAdder answers) {
        if (!closed && fallbacks.add(method)) {
            registerCount(ExportedMeter.FALLBACK_ANSWERS, method, answers);
        }
    }

    /** Removes every meter from the backend; what is handed over afterwards is ignored. */
    final synchronized void close() {
        if (!closed) {
            closed = true;
            unregisterAll();
        }
    }

    /** Registers the meters of one breaker: calls, state, openings and, in ratio mode, its failure ratio. */
    abstract void registerBreaker(CircuitBreaker breaker);

    /** Registers one count of a method, tagged {@code method}. */
    abstract void registerCount(ExportedMeter meter, String method, LongAdder count);

    abstract void unregisterAll();

    @Override
    public String toString() {
        return description;
    }
}
