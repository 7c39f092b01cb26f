package dev.breaker.it.app;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two breakers whose rejections the application does not handle: the {@code BreakerOpenException}
 * escapes the resource method ({@link RejectionResource}), thrown or failing its stage, and the library's
 * JAX-RS mapper answers 503. One failure opens each for 30 seconds.
 */
@ApplicationScoped
public class RejectingQuotes {
    /** The breaker of {@link #quote}. */
    public static final String SYNC = "rejections";
    /** The breaker of {@link #quoteLater}. */
    public static final String ASYNC = "rejections-async";

    private final AtomicInteger runs = new AtomicInteger();

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

    /** @return how often a method ran */
    public int runs() {
        return runs.get();
    }
}
