package dev.breaker.it.quarkusapp;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Methods returning a Mutiny {@code Uni}: each subscription is one call through the breaker. The
 * simulated dependency behind them fails while {@link #setFailing} says so.
 */
@ApplicationScoped
public class UniQuotes {
    /** Two failures open it for 3 seconds; one successful trial closes it. */
    public static final String QUOTES = "uni-quotes";
    /** Retried: three attempts, 100 ms then 200 ms apart. */
    public static final String RETRIED = "uni-retried";

    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** @param fail whether the dependency fails from now on */
    public void setFailing(boolean fail) {
        failing.set(fail);
    }

    /** @return how often a Uni of this bean was subscribed: how often the dependency was called */
    public int subscriptions() {
        return subscriptions.get();
    }

    /** @param failures how many subscriptions of {@link #flaky} fail before one succeeds */
    public void failNext(int failures) {
        failuresLeft.set(failures);
    }

    /** @return a quote from the dependency, once subscribed */
    @Breaker(name = QUOTES, failureThreshold = 2, timeoutSeconds = 3, halfOpenMaxCalls = 1)
    public Uni<String> quote() {
        return Uni.createFrom().item(() -> {
            subscriptions.incrementAndGet();
            if (failing.get()) {
                throw new IllegalStateException("quote failed");
            }
            return "uni quote 1.23";
        });
    }

    /** @return a quote, once subscribed; failing as often as {@link #failNext} says before that */
    @Breaker(name = RETRIED, failureThreshold = 2, timeoutSeconds = 3)
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 100, jitter = 0)
    public Uni<String> flaky() {
        return Uni.createFrom().item(() -> {
            subscriptions.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("not yet");
            }
            return "uni quote after retries on " + Thread.currentThread().getName();
        });
    }
}
