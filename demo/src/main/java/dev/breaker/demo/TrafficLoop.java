package dev.breaker.demo;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The application's steady traffic: one call to the exchange every {@link #PERIOD}, each outcome
 * printed with the breaker's state after it: {@code ok}, {@code retried} (a failed attempt, then a
 * good one: the breaker saw a success), {@code failed} (every attempt failed: the breaker counted
 * one failure), {@code fallback (cached)} (the breaker rejected the call and the last live rate
 * answered), or {@code rejected} (no live rate to fall back on yet).
 */
final class TrafficLoop implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(500);

    private final ExchangeRateClient client;
    private final CallAttempts attempts;
    private final CircuitBreakerRegistry registry;
    private final Console console;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo-traffic");
        thread.setDaemon(true);
        return thread;
    });

    TrafficLoop(ExchangeRateClient client, CallAttempts attempts, CircuitBreakerRegistry registry, Console console) {
        this.client = client;
        this.attempts = attempts;
        this.registry = registry;
        this.console = console;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::callOnce, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void callOnce() {
        String outcome;
        attempts.begin();
        try {
            outcome = answered(client.rate("EURUSD"));
        } catch (BreakerOpenException rejected) {
            outcome = outcome("rejected", "by the breaker, not sent; retry after " + rejected.retryAfter().toMillis() + " ms");
        } catch (ExchangeUnavailableException failed) {
            int made = attempts.failures().size();
            outcome = outcome("failed", failed.getMessage() + "; " + made + (made == 1 ? " attempt" : " attempts")
                    + ", 1 failure counted");
        } catch (RuntimeException unexpected) {
            // Keep the loop alive: a scheduled task that throws is never run again.
            outcome = outcome("error", unexpected.toString());
        }
        String state = registry.find(ExchangeRateClient.BREAKER).map(b -> b.state().name()).orElse("?");
        console.line(String.format(Locale.ROOT, "%-80s [%s]", outcome, state));
    }

    private String answered(Quote quote) {
        String rate = String.format(Locale.ROOT, "%s %.4f", quote.pair(), quote.rate());
        if (quote.cachedBecause().isPresent()) {
            return outcome("fallback (cached)", rate + "  " + quote.cachedBecause().get());
        }
        List<String> failedAttempts = attempts.failures();
        if (failedAttempts.isEmpty()) {
            return outcome("ok", rate);
        }
        return outcome("retried", rate + "  after: " + String.join("; ", failedAttempts));
    }

    private static String outcome(String label, String detail) {
        return String.format(Locale.ROOT, "%-18s %s", label, detail);
    }

    /** Stops calling, and waits for a call in progress to finish. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
