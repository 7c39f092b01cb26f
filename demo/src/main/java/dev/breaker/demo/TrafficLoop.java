package dev.breaker.demo;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The application's steady traffic: one call to the exchange every {@link #PERIOD}, each outcome
 * printed with the breaker's state after it.
 */
final class TrafficLoop implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(500);

    private final ExchangeRateClient client;
    private final CircuitBreakerRegistry registry;
    private final Console console;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo-traffic");
        thread.setDaemon(true);
        return thread;
    });

    TrafficLoop(ExchangeRateClient client, CircuitBreakerRegistry registry, Console console) {
        this.client = client;
        this.registry = registry;
        this.console = console;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::callOnce, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void callOnce() {
        String outcome;
        try {
            Quote quote = client.rate("EURUSD");
            outcome = String.format(Locale.ROOT, "ok        %s %.4f", quote.pair(), quote.rate());
        } catch (BreakerOpenException rejected) {
            outcome = String.format(Locale.ROOT, "rejected  by the breaker, not sent; retry after %d ms",
                    rejected.retryAfter().toMillis());
        } catch (ExchangeUnavailableException failed) {
            outcome = "failed    " + failed.getMessage();
        } catch (RuntimeException unexpected) {
            // Keep the loop alive: a scheduled task that throws is never run again.
            outcome = "error     " + unexpected;
        }
        String state = registry.find(ExchangeRateClient.BREAKER).map(b -> b.state().name()).orElse("?");
        console.line(String.format(Locale.ROOT, "%-64s [%s]", outcome, state));
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
