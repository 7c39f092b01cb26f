package dev.breaker.cdi.async;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class QuotesService {
    private final AtomicInteger runs = new AtomicInteger();

    @Breaker(name = "quotes", failureThreshold = 2)
    public CompletionStage<String> quote(CompletableFuture<String> answer) {
        runs.incrementAndGet();
        return answer;
    }

    @Breaker(name = "quotes")
    public CompletableFuture<String> quoteFuture(CompletableFuture<String> answer) {
        runs.incrementAndGet();
        return answer;
    }

    @Breaker(name = "checked", failureThreshold = 1)
    public CompletionStage<String> refuse() throws IOException {
        runs.incrementAndGet();
        throw new IOException("no connection");
    }

    public int runs() {
        return runs.get();
    }
}
