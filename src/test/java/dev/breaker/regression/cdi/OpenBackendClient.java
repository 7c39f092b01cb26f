package dev.breaker.regression.cdi;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** A backend that always fails, retried under a breaker, for {@link RetriesHammerOpenBackendTest}. */
@ApplicationScoped
public class OpenBackendClient {
    static final String BREAKER = "open-backend";

    private final AtomicInteger backendCalls = new AtomicInteger();

    @Breaker(name = BREAKER, failureThreshold = 1)
    @RetryWithBackoff(maxAttempts = 5, baseDelayMillis = 10, jitter = 0)
    public String fetch() throws IOException {
        throw new IOException("backend call " + backendCalls.incrementAndGet());
    }

    @Breaker(name = BREAKER, failureThreshold = 1)
    @RetryWithBackoff(maxAttempts = 5, baseDelayMillis = 10, jitter = 0)
    public CompletionStage<String> fetchLater() {
        return CompletableFuture.failedFuture(new IOException("backend call " + backendCalls.incrementAndGet()));
    }

    /** Another caller of the same dependency, without retry: its failure opens the breaker. */
    @Breaker(name = BREAKER, failureThreshold = 1)
    public String other() throws IOException {
        throw new IOException("another caller's failure");
    }

    public int backendCalls() {
        return backendCalls.get();
    }
}
