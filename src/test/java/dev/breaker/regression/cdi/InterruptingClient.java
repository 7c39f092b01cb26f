package dev.breaker.regression.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Methods whose attempts are interrupted, for {@link InterruptSwallowedTest}. */
@ApplicationScoped
public class InterruptingClient {
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile InterruptedException lastThrown;
    private volatile CountDownLatch waiting = new CountDownLatch(1);
    private volatile CountDownLatch freed = new CountDownLatch(1);

    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10, jitter = 0)
    public String interrupted() throws InterruptedException {
        throw interruption();
    }

    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10, jitter = 0, retryOn = InterruptedException.class)
    public String interruptedThoughRetryOnNamesIt() throws InterruptedException {
        throw interruption();
    }

    @WithFallback("cached")
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10, jitter = 0)
    public String interruptedWithFallback() throws InterruptedException {
        throw interruption();
    }

    @WithFallback("cached")
    public String interruptedWithFallbackOnly() throws InterruptedException {
        throw interruption();
    }

    /** Waits, as a call to a slow dependency would, until interrupted (or freed by the test's clean-up). */
    @RetryWithBackoff(maxAttempts = 5, baseDelayMillis = 10, jitter = 0)
    public String waitsForTheDependency() throws InterruptedException {
        attempts.incrementAndGet();
        waiting.countDown();
        if (freed.await(30, TimeUnit.SECONDS)) {
            return "freed";
        }
        throw new IllegalStateException("neither interrupted nor freed");
    }

    String cached() {
        return "cached";
    }

    private InterruptedException interruption() {
        attempts.incrementAndGet();
        lastThrown = new InterruptedException("interrupted in attempt " + attempts.get());
        return lastThrown;
    }

    public int attempts() {
        return attempts.get();
    }

    public InterruptedException lastThrown() {
        return lastThrown;
    }

    /** @return counted down when an attempt of {@link #waitsForTheDependency} starts waiting */
    public CountDownLatch waiting() {
        return waiting;
    }

    /** Ends every wait of {@link #waitsForTheDependency}, so that no attempt outlives its test. */
    public void freeEveryWait() {
        freed.countDown();
    }
}
