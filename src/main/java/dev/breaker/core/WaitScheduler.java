package dev.breaker.core;

/**
 * Runs a task after a delay without blocking a thread meanwhile: how asynchronous retries wait.
 * Tests pass one that runs tasks when a fake clock says so.
 */
@FunctionalInterface
public interface WaitScheduler {
    /**
     * @param task what to run
     * @param delayMillis how long from now, at least 0
     * @throws java.util.concurrent.RejectedExecutionException when the scheduler has been shut down
     */
    void schedule(Runnable task, long delayMillis);
}
