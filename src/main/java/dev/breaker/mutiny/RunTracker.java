package dev.breaker.mutiny;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Keeps a retried {@code Uni}'s run in sight while it waits between attempts, so that stopping the
 * application ends it with its last failure instead of leaving its subscriber waiting forever: what
 * {@code RetryScheduler.track} does for every asynchronous run.
 */
@FunctionalInterface
public interface RunTracker {
    /** Tracks nothing: for runs that no application stop can strand. */
    RunTracker NONE = (run, lastFailure) -> { };

    /**
     * @param run completed normally when the run ends; completed exceptionally (with the failure to end
     *     it with) by whoever stops it
     * @param lastFailure the failure of the latest attempt
     */
    void track(CompletableFuture<Object> run, Supplier<Throwable> lastFailure);
}
