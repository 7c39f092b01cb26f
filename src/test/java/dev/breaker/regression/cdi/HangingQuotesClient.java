package dev.breaker.regression.cdi;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dependency that never answers, behind a breaker, for {@link CallerTimeoutOnBreakerMethodTest}. */
@ApplicationScoped
public class HangingQuotesClient {
    static final String BREAKER = "hanging-quotes";
    static final int THRESHOLD = 2;

    private final List<CompletableFuture<String>> calls = new CopyOnWriteArrayList<>();

    @Breaker(name = BREAKER, failureThreshold = THRESHOLD)
    public CompletionStage<String> quote() {
        CompletableFuture<String> never = new CompletableFuture<>();
        calls.add(never);
        return never;
    }

    /** @return the stage of every call that reached the dependency */
    public List<CompletableFuture<String>> calls() {
        return calls;
    }
}
