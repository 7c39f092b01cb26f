package dev.breaker.cdi.retry;

import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A type-level annotation covers every business method; a method's own wins as a whole. */
@ApplicationScoped
@RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 5, jitter = 0)
public class CatalogClient {
    private final AtomicInteger runs = new AtomicInteger();

    public String item() throws IOException {
        runs.incrementAndGet();
        throw new IOException("catalog down");
    }

    @RetryWithBackoff(maxAttempts = 4, jitter = 0)
    public String featured() throws IOException {
        runs.incrementAndGet();
        throw new IOException("catalog down");
    }

    public int runs() {
        return runs.get();
    }
}
