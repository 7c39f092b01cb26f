package dev.breaker.cdi.uni;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Uni methods under the library's three annotations. */
@ApplicationScoped
public class PricesClient {
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** @return how often a method ran (assembled its Uni) */
    public int calls() {
        return calls.get();
    }

    /** @return how often a Uni a method returned was subscribed */
    public int subscriptions() {
        return subscriptions.get();
    }

    /** @param failures how many subscriptions of {@link #flaky} fail before the next succeeds */
    public void failNext(int failures) {
        failuresLeft.set(failures);
    }

    private <T> Uni<T> counted(Uni<T> answer) {
        calls.incrementAndGet();
        return Uni.createFrom().voidItem().invoke(subscriptions::incrementAndGet).chain(() -> answer);
    }

    /** Answers as told: the Uni it is given, subscribed through the breaker. */
    @Breaker(name = "uni-prices", failureThreshold = 2, timeoutSeconds = 10, halfOpenMaxCalls = 1)
    public Uni<String> price(Uni<String> answer) {
        return counted(answer);
    }

    /** Throws instead of returning a Uni. */
    @Breaker(name = "uni-prices")
    public Uni<String> refuse() throws IOException {
        calls.incrementAndGet();
        throw new IOException("no connection");
    }

    /** Fails as long as {@link #failNext} says, then answers. */
    @Breaker(name = "uni-retried", failureThreshold = 1, timeoutSeconds = 10)
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 40, jitter = 0, abortOn = IllegalArgumentException.class)
    public Uni<String> flaky(String symbol) {
        return counted(Uni.createFrom().item(() -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("not yet");
            }
            return symbol + " 1.23";
        }));
    }

    /** Answered by a fallback that gives the item itself. */
    @WithFallback("cached")
    @Breaker(name = "uni-fallback", failureThreshold = 1, timeoutSeconds = 10)
    public Uni<String> quote(Uni<String> answer) {
        return counted(answer);
    }

    String cached(Uni<String> answer, Throwable failure) {
        return "cached after " + failure.getClass().getSimpleName();
    }

    /** Answered by a fallback that gives a Uni. */
    @WithFallback("later")
    public Uni<String> slowQuote(Uni<String> answer) {
        return counted(answer);
    }

    private Uni<String> later(Uni<String> answer) {
        return Uni.createFrom().item("from the fallback's Uni");
    }
}
