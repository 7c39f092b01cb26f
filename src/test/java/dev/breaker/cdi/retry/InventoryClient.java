package dev.breaker.cdi.retry;

import dev.breaker.CircuitBreaker;
import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class InventoryClient {
    private final AtomicInteger runs = new AtomicInteger();
    private volatile int failuresBeforeSuccess = Integer.MAX_VALUE;

    @RetryWithBackoff(maxAttempts = 4, baseDelayMillis = 50, multiplier = 3, maxDelayMillis = 400, jitter = 0)
    public String stock(String sku) throws IOException {
        int attempt = runs.incrementAndGet();
        if (attempt <= failuresBeforeSuccess) {
            throw new IOException("attempt " + attempt);
        }
        return sku + ":12";
    }

    @RetryWithBackoff(maxAttempts = 5, baseDelayMillis = 10, jitter = 0, retryOn = IOException.class,
            abortOn = FileNotFoundException.class)
    public String restricted(Exception failure) throws Exception {
        runs.incrementAndGet();
        throw failure;
    }

    @RetryWithBackoff(maxAttempts = 5, baseDelayMillis = 10, jitter = 0)
    public String through(CircuitBreaker breaker) throws Exception {
        runs.incrementAndGet();
        return breaker.call(() -> "reached");
    }

    @RetryWithBackoff
    public String everythingLeftOut() throws IOException {
        runs.incrementAndGet();
        throw new IOException("always");
    }

    public void succeedAfter(int failures) {
        failuresBeforeSuccess = failures;
    }

    public int runs() {
        return runs.get();
    }
}
