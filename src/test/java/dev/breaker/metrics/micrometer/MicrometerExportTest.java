package dev.breaker.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.ExportScenario;
import dev.breaker.metrics.testing.MetricsDeployment;
import dev.breaker.metrics.testing.TradingClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Micrometer, through an application-scoped {@code MeterRegistry} bean: the scenario every backend passes,
 * the names in Prometheus form, and nothing left in the registry once the application has stopped.
 */
class MicrometerExportTest {

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void everyBreakerRetryAndFallbackIsExportedFromStartUp(ExtensionPath path) throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MeterRegistryBeans.NEXT.set(registry);
        MicrometerReader reader = new MicrometerReader(registry);
        try (SeContainer container = MetricsDeployment.of(path, MeterRegistryBeans.class).weld().initialize()) {
            new ExportScenario(container, reader).run();
        }
        assertThat(reader.libraryMeters()).as("meters left once the application stopped").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void prometheusShowsTheNamesOperatorsQuery(ExtensionPath path) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterRegistryBeans.NEXT.set(registry);
        try (SeContainer container = MetricsDeployment.of(path, MeterRegistryBeans.class).weld().initialize()) {
            TradingClient client = container.select(TradingClient.class).get();
            client.exchangeDown(true);
            for (int i = 0; i < 3; i++) {
                try {
                    client.ticker();
                } catch (RuntimeException expected) {
                    // two failures, then a rejection
                }
            }
            String scrape = registry.scrape();
            assertThat(scrape).contains(
                    "breaker_state{name=\"exchange-api\",state=\"open\"} 1.0",
                    "breaker_state{name=\"exchange-api\",state=\"closed\"} 0.0",
                    "breaker_state{name=\"exchange-api\",state=\"half_open\"} 0.0",
                    "breaker_calls_total{name=\"exchange-api\",outcome=\"failure\"} 2.0",
                    "breaker_calls_total{name=\"exchange-api\",outcome=\"rejected\"} 1.0",
                    "breaker_calls_total{name=\"exchange-api\",outcome=\"success\"} 0.0",
                    "breaker_opened_total{name=\"exchange-api\"} 1.0",
                    "breaker_failure_ratio{name=\"pricing\"} 0.0",
                    "breaker_retry_retries_total{method=\"" + TradingClient.QUOTE + "\"} 0.0",
                    "breaker_fallback_answers_total{method=\"" + TradingClient.NEWS + "\"} 0.0",
                    "# TYPE breaker_calls_total counter",
                    "# TYPE breaker_state gauge");
            for (ExportedMeter meter : ExportedMeter.values()) {
                assertThat(scrape).as("Prometheus name of %s", meter).contains("\n" + meter.prometheusName() + "{");
            }
        }
    }
}
