package dev.breaker.cdi.testing;

import dev.breaker.cdi.RetryScheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replaces the library's {@link RetryScheduler} in a test deployment: synchronous waits are recorded
 * and return at once, asynchronous waits are recorded and held until the test runs them. No thread,
 * no sleep. A test can also make the next wait run code of its own ({@link #duringNextWait}): what
 * other callers do while a retry waits.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingRetryScheduler extends RetryScheduler {
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final List<Long> delays = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Runnable> duringNextWait = new AtomicReference<>();

    @Override
    public void schedule(Runnable task, long delayMillis) {
        delays.add(delayMillis);
        meanwhile();
        pending.add(task);
    }

    @Override
    public void sleep(long millis) {
        sleeps.add(millis);
        meanwhile();
    }

    /**
     * @param action runs once, in the next wait (synchronous or asynchronous) of any retry, in the
     *     waiting thread, before the wait ends
     */
    public void duringNextWait(Runnable action) {
        duringNextWait.set(action);
    }

    private void meanwhile() {
        Runnable action = duringNextWait.getAndSet(null);
        if (action != null) {
            action.run();
        }
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
