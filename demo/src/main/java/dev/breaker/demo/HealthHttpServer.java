package dev.breaker.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.breaker.CircuitBreakerRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The demo's HTTP face, on the JDK's own server: {@code GET /health/ready} answers SmallRye Health's
 * readiness JSON (200 when UP, 503 when DOWN, as MicroProfile Health servers do), {@code GET /health}
 * every check, {@code GET /breakers} every breaker's metrics as JSON, and {@code GET /metrics} the
 * meters Breaker registered with the application's Micrometer registry, in the Prometheus text format.
 * Listens on the loopback address only.
 */
final class HealthHttpServer implements AutoCloseable {
    /** The Prometheus text exposition format that Prometheus scrapes. */
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    private HealthHttpServer(HttpServer server) {
        this.server = server;
    }

    /**
     * @param port the port to listen on
     * @param reporter SmallRye Health's reporter, from the container
     * @param registry the breakers
     * @param meters the application's Micrometer registry, which Breaker exports to
     * @return the running server
     * @throws IOException when the port cannot be had
     */
    static HealthHttpServer start(int port, SmallRyeHealthReporter reporter, CircuitBreakerRegistry registry,
            PrometheusMeterRegistry meters) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health/ready", exchange -> answerHealth(exchange, reporter, reporter::getReadiness));
        server.createContext("/health", exchange -> answerHealth(exchange, reporter, reporter::getHealth));
        server.createContext("/breakers", exchange -> answer(exchange, 200,
                BreakersJson.of(registry.all()).toString().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT,
                meters.scrape().getBytes(StandardCharsets.UTF_8)));
        server.start();
        return new HealthHttpServer(server);
    }

    /** @return the port it listens on */
    int port() {
        return server.getAddress().getPort();
    }

    private static void answerHealth(HttpExchange exchange, SmallRyeHealthReporter reporter,
            Supplier<SmallRyeHealth> which) throws IOException {
        SmallRyeHealth health = which.get();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        reporter.reportHealth(json, health);
        answer(exchange, health.isDown() ? 503 : 200, json.toByteArray());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        answer(exchange, status, "application/json", body);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            // A context also receives the paths below its own: answer only its exact path.
            if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
