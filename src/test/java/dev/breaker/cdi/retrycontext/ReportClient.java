package dev.breaker.cdi.retrycontext;

import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first attempt of each call fails (calls one after another), the second records what it sees of
 * its caller's context. The wait comes from configuration (retry.base-delay), set by each test.
 */
@ApplicationScoped
public class ReportClient {
    /** What one attempt saw. */
    public record Seen(String thread, String callerState, String application, Integer scratch) {
    }

    /** Stands in for a server's context that Jakarta Concurrency's ContextService carries (see FakeContextService). */
    public static final ThreadLocal<String> APPLICATION = new ThreadLocal<>();

    private final AtomicInteger runs = new AtomicInteger();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    @Inject
    CallerState callerState;
    @Inject
    AttemptScratch scratch;

    @RetryWithBackoff(maxAttempts = 2, jitter = 0)
    public CompletionStage<String> report(boolean touchScratch) {
        if (runs.incrementAndGet() % 2 == 1) {
            return CompletableFuture.failedFuture(new IOException("first attempt fails"));
        }
        String state;
        try {
            state = callerState.id() + ":" + callerState.value();
        } catch (ContextNotActiveException none) {
            state = "no request context";
        }
        seen.add(new Seen(Thread.currentThread().getName(), state, APPLICATION.get(), touchScratch ? scratch.id() : null));
        return CompletableFuture.completedFuture("reported");
    }

    /** @return what the later attempts saw */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}
