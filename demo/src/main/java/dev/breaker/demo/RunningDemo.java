package dev.breaker.demo;

import dev.breaker.CircuitBreakerRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.smallrye.health.SmallRyeHealthReporter;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The demo while it runs: the CDI container, the HTTP server and the traffic. {@link #close()} stops
 * them in the reverse order (traffic first, so no call meets a closed container) and prints a
 * summary; it runs once, whether Ctrl-C or the end of {@code --duration} calls it.
 */
final class RunningDemo implements AutoCloseable {
    private final WeldContainer container;
    private final HealthHttpServer http;
    private final TrafficLoop traffic;
    private final Console console;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunningDemo(WeldContainer container, HealthHttpServer http, TrafficLoop traffic, Console console) {
        this.container = container;
        this.http = http;
        this.traffic = traffic;
        this.console = console;
    }

    /**
     * Boots Weld SE (Breaker's portable extension finds the {@code @Breaker} methods and creates their
     * breakers), starts the HTTP server and the traffic.
     *
     * @param options the command line
     * @return the running demo
     * @throws IOException when the port cannot be had (the container is closed again)
     */
    static RunningDemo start(DemoOptions options) throws IOException {
        // The demo closes the container itself, after the traffic stops: no Weld shutdown hook.
        WeldContainer container = new Weld().skipShutdownHook().initialize();
        try {
            int port = options.port().orElseGet(() -> container.select(DemoSettings.class).get().port());
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            HealthHttpServer http = HealthHttpServer.start(port,
                    container.select(SmallRyeHealthReporter.class).get(), registry,
                    container.select(PrometheusMeterRegistry.class).get());
            Console console = container.select(Console.class).get();
            TrafficLoop traffic = new TrafficLoop(container.select(ExchangeRateClient.class).get(),
                    container.select(CallAttempts.class).get(), registry, console);
            RunningDemo demo = new RunningDemo(container, http, traffic, console);
            demo.introduce();
            traffic.start();
            return demo;
        } catch (IOException | RuntimeException e) {
            container.close();
            throw e;
        }
    }

    private void introduce() {
        int port = http.port();
        console.plain("""

                Breaker demo: an exchange API that has an outage from %ds to %ds of every %ds, called every %d ms
                through @Breaker(name = "exchange-api"); settings in demo/src/main/resources/META-INF/microprofile-config.properties.
                @RetryWithBackoff gives each call %d attempts (%d ms apart): a one-off glitch is "retried", not counted.
                @WithFallback answers "fallback (cached)" with the last live rate while the breaker rejects calls.
                Watch for the lines starting with >>>: CLOSED -> OPEN, OPEN -> HALF_OPEN, HALF_OPEN -> CLOSED.

                In another terminal:
                  curl -s http://localhost:%d/health/ready     # DOWN (HTTP 503) while OPEN, UP and degraded while HALF_OPEN
                  curl -s http://localhost:%d/breakers         # every breaker's metrics
                  curl -s http://localhost:%d/metrics          # the same, exported to Micrometer, as Prometheus scrapes them
                Stop with Ctrl-C.
                """.formatted(SimulatedExchangeApi.OUTAGE_STARTS, SimulatedExchangeApi.OUTAGE_ENDS,
                SimulatedExchangeApi.CYCLE_SECONDS, TrafficLoop.PERIOD.toMillis(),
                ExchangeRateClient.MAX_ATTEMPTS, ExchangeRateClient.RETRY_DELAY_MILLIS, port, port, port));
    }

    /** Stops the traffic, the HTTP server and the container; prints what happened. Runs once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        traffic.close();
        http.close();
        String metrics = BreakersJson.of(container.select(CircuitBreakerRegistry.class).get().all()).toString();
        console.plain("\nStopped after " + Math.round(console.elapsedSeconds()) + " s.");
        console.plain("State changes seen: " + container.select(StateChangePrinter.class).get().tally());
        console.plain("Breakers: " + metrics);
        container.close();
    }
}
