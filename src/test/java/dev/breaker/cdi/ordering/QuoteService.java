package dev.breaker.cdi.ordering;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The three annotations written in a different order on each method: the order applied never changes. */
@ApplicationScoped
public class QuoteService {
    private final AtomicInteger runs = new AtomicInteger();
    private final List<Throwable> answered = new CopyOnWriteArrayList<>();

    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 100, jitter = 0)
    @WithFallback("cached")
    @Breaker(name = "quotes", failureThreshold = 2, timeoutSeconds = 60)
    public String quote(String symbol) throws IOException {
        runs.incrementAndGet();
        throw new IOException("quote service down");
    }

    @Breaker(name = "later-quotes", failureThreshold = 2, timeoutSeconds = 60)
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 100, jitter = 0)
    @WithFallback("cachedLater")
    public CompletionStage<String> quoteLater(String symbol) {
        runs.incrementAndGet();
        return CompletableFuture.failedFuture(new IOException("quote service down"));
    }

    String cached(String symbol, Throwable failure) {
        answered.add(failure);
        return symbol + "=cached";
    }

    CompletionStage<String> cachedLater(String symbol, Throwable failure) {
        answered.add(failure);
        return CompletableFuture.completedFuture(symbol + "=cached later");
    }

    public int runs() {
        return runs.get();
    }

    public List<Throwable> answered() {
        return answered;
    }
}
