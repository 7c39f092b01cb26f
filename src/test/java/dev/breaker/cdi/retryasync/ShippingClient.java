package dev.breaker.cdi.retryasync;

import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class ShippingClient {
    private final AtomicInteger runs = new AtomicInteger();
    private volatile int failuresBeforeSuccess = Integer.MAX_VALUE;

    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 40, multiplier = 2, jitter = 0,
            abortOn = FileNotFoundException.class)
    public CompletionStage<String> track(String parcel) {
        int attempt = runs.incrementAndGet();
        if (attempt <= failuresBeforeSuccess) {
            // wrapped, as asynchronous code often does: the retry judges and reports the cause
            return CompletableFuture.failedFuture(new CompletionException(new IOException("attempt " + attempt)));
        }
        return CompletableFuture.completedFuture(parcel + " delivered");
    }

    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 40, jitter = 0, abortOn = FileNotFoundException.class)
    public CompletableFuture<String> label(String parcel) throws IOException {
        int attempt = runs.incrementAndGet();
        if (attempt == 1) {
            throw new IOException("thrown instead of a failed stage");
        }
        if (attempt == 2) {
            return CompletableFuture.failedFuture(new FileNotFoundException("no such parcel"));
        }
        return CompletableFuture.completedFuture(parcel + " labelled");
    }

    public void succeedAfter(int failures) {
        failuresBeforeSuccess = failures;
    }

    public int runs() {
        return runs.get();
    }
}
