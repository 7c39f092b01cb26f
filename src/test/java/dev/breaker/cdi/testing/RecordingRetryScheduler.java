package dev.breaker.cdi.testing;

import dev.breaker.cdi.RetryScheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Replaces the library's {@link RetryScheduler} in a test deployment: synchronous waits are recorded
 * and return at once, asynchronous waits are recorded and held until the test runs them. No thread,
 * no sleep.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingRetryScheduler extends RetryScheduler {
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final List<Long> delays = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

    @Override
    public void schedule(Runnable task, long delayMillis) {
        delays.add(delayMillis);
        pending.add(task);
    }

    @Override
    public void sleep(long millis) {
        sleeps.add(millis);
    }

    /** @return the synchronous waits so far, in milliseconds */
    public List<Long> sleeps() {
        return List.copyOf(sleeps);
    }

    /** @return the asynchronous waits so far, in milliseconds */
    public List<Long> delays() {
        return List.copyOf(delays);
    }

    /** @return the asynchronous waits not yet run */
    public int pendingWaits() {
        return pending.size();
    }

    /** Ends the oldest asynchronous wait: runs what was waiting on it. */
    public void endNextWait() {
        Runnable next = pending.poll();
        if (next == null) {
            throw new IllegalStateException("no retry is waiting");
        }
        next.run();
    }
}
