package dev.breaker.scheduling;

import java.util.concurrent.RejectedExecutionException;

/**
 * A container's scheduler, where an asynchronous retry waits and then runs its next attempt, on the
 * container's own threads. The container owns it: the library never shuts it down.
 */
public interface RetryExecutor {
    /** A wait that may not be over yet. */
    @FunctionalInterface
    interface Wait {
        /** Cancels the wait, when its task has not started; otherwise does nothing. */
        void cancel();
    }

    /**
     * @param task what to run once the delay is over, on one of the container's threads
     * @param delayMillis how long from now, at least 0
     * @return the wait, to cancel it
     * @throws RejectedExecutionException when the container takes no more tasks
     */
    Wait schedule(Runnable task, long delayMillis);

    /** @return where tasks wait and run, in words, for the start-up log */
    String description();
}
