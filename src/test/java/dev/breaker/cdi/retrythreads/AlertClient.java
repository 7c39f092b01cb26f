package dev.breaker.cdi.retrythreads;

import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Waits come from configuration: retry.base-delay, set by each test. */
@ApplicationScoped
public class AlertClient {
    private final AtomicInteger runs = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @RetryWithBackoff(maxAttempts = 2, jitter = 0)
    public CompletionStage<String> send(String alert) {
        threads.add(Thread.currentThread());
        if (runs.incrementAndGet() == 1) {
            return CompletableFuture.failedFuture(new IOException("pager down"));
        }
        return CompletableFuture.completedFuture(alert + " sent");
    }

    @RetryWithBackoff(maxAttempts = 3, jitter = 0)
    public String sendNow(String alert) throws IOException {
        runs.incrementAndGet();
        throw new IOException("pager down");
    }

    public int runs() {
        return runs.get();
    }

    public List<Thread> threads() {
        return threads;
    }
}
