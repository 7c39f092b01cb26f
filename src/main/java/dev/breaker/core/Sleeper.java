package dev.breaker.core;

/** Blocks the calling thread between synchronous retry attempts; tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {
    /** The real one: {@link Thread#sleep(long)}. */
    Sleeper THREAD_SLEEP = Thread::sleep;

    /**
     * @param millis how long to wait, at least 0
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(long millis) throws InterruptedException;
}
