package dev.breaker.it.app;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Three breakers whose rejections the application does not handle: the {@code BreakerOpenException}
 * escapes the resource method ({@link RejectionResource}), thrown or failing its stage, and the library's
 * JAX-RS mapper answers 503. One failure opens the first two for 30 seconds; the third ({@link #trial})
 * opens for 4 seconds and then admits one trial at a time, which the caller can hold in the method, so
 * that the next call is rejected while HALF_OPEN.
 */
@ApplicationScoped
public class RejectingQuotes {
    /** The breaker of {@link #quote}. */
    public static final String SYNC = "rejections";
    /** The breaker of {@link #quoteLater}. */
    public static final String ASYNC = "rejections-async";
    /** The breaker of {@link #trial}. */
    public static final String TRIAL = "rejections-trial";

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger holding = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);

    /**
     * @param fail whether this call fails
     * @return a quote
     */
    @Breaker(name = SYNC, failureThreshold = 1, timeoutSeconds = 30)
    public String quote(boolean fail) {
        runs.incrementAndGet();
        if (fail) {
            throw new IllegalStateException("quote failed");
        }
        return "quote 1.23";
    }

    /**
     * @param fail whether this call's stage fails
     * @return a quote, later
     */
    @Breaker(name = ASYNC, failureThreshold = 1, timeoutSeconds = 30)
    public CompletionStage<String> quoteLater(boolean fail) {
        runs.incrementAndGet();
        if (fail) {
            return CompletableFuture.failedFuture(new IllegalStateException("quote failed"));
        }
        return CompletableFuture.supplyAsync(() -> "quote 1.23");
    }

    /**
     * @param fail whether this call fails
     * @param hold whether this call waits in the method until {@link #release()} (20 seconds at most)
     * @return a quote
     * @throws InterruptedException when the wait is interrupted
     */
    @Breaker(name = TRIAL, failureThreshold = 1, timeoutSeconds = 4, halfOpenMaxCalls = 1)
    public String trial(boolean fail, boolean hold) throws InterruptedException {
        runs.incrementAndGet();
        if (fail) {
            throw new IllegalStateException("quote failed");
        }
        if (hold) {
            CountDownLatch released = release; // before it shows as held: a release after that lets it go
            holding.incrementAndGet();
            try {
                released.await(20, TimeUnit.SECONDS);
            } finally {
                holding.decrementAndGet();
            }
        }
        return "quote 1.23";
    }

    /** Lets every held call of {@link #trial} return; the next ones are held again. */
    public void release() {
        CountDownLatch released = release;
        release = new CountDownLatch(1);
        released.countDown();
    }

    /** @return how many calls of {@link #trial} are held in the method now */
    public int holding() {
        return holding.get();
    }

    /** @return how often a method ran */
    public int runs() {
        return runs.get();
    }
}
