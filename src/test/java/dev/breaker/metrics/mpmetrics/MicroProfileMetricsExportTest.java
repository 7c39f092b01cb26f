package dev.breaker.metrics.mpmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.ExportScenario;
import dev.breaker.metrics.testing.MetricsDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MicroProfile Metrics 5 (SmallRye Metrics, whose extension the test class path brings), picked by
 * {@code auto}: Micrometer's API is there too, but no {@code MeterRegistry} bean. Counters are gauges named
 * {@code <name>.total}; none is left in the registry once the application has stopped, so a second
 * deployment in the same JVM registers its own.
 */
class MicroProfileMetricsExportTest {

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void everyBreakerRetryAndFallbackIsExportedFromStartUp(ExtensionPath path) throws Exception {
        SmallRyeReader reader = new SmallRyeReader();
        try (SeContainer container = MetricsDeployment.of(path).weld().initialize()) {
            new ExportScenario(container, reader).run();
            assertThat(reader.libraryMetrics()).containsExactlyInAnyOrder("breaker.calls.total", "breaker.state",
                    "breaker.opened.total", "breaker.failure.ratio", "breaker.retry.retries.total",
                    "breaker.fallback.answers.total");
            assertThat(reader.descriptionOf("breaker.calls.total")).isEqualTo(ExportedMeter.CALLS.description());
        }
        assertThat(reader.libraryMetrics()).as("metrics left once the application stopped").isEmpty();
    }
}
