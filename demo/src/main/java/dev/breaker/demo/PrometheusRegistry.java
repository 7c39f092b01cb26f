package dev.breaker.demo;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The application's {@link MeterRegistry}, as a Quarkus application with quarkus-micrometer-registry-prometheus
 * has one: Breaker finds it at start-up ({@code breaker.metrics=auto}) and registers every breaker, retry
 * and fallback with it; {@link HealthHttpServer} serves its Prometheus text at {@code /metrics}.
 */
@ApplicationScoped
public class PrometheusRegistry {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Produces
    @Singleton
    PrometheusMeterRegistry meterRegistry() {
        return registry;
    }

    void close(@Disposes PrometheusMeterRegistry closing) {
        closing.close();
    }
}
