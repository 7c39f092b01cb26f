package dev.breaker.metrics.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.metrics.ExportedMeter;
import dev.breaker.metrics.testing.ExportScenario;
import dev.breaker.metrics.testing.MetricsDeployment;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import jakarta.enterprise.inject.se.SeContainer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OpenTelemetry (MicroProfile Telemetry 2), through an {@code OpenTelemetry} bean whose SDK outlives the
 * application, as Open Liberty's does: the scenario every backend passes, the kinds of instruments, and no
 * callback left registered once the application has stopped. {@code breaker.metrics=opentelemetry}: the
 * test class path also has MicroProfile Metrics, which {@code auto} would pick first.
 */
class OpenTelemetryExportTest {

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void everyBreakerRetryAndFallbackIsExportedFromStartUp(ExtensionPath path) throws Exception {
        InMemoryReader reader = new InMemoryReader();
        OpenTelemetryBeans.NEXT.set(reader.sdk());
        try (SeContainer container = MetricsDeployment.of(path, OpenTelemetryBeans.class)
                .config("breaker.metrics", "opentelemetry").weld().initialize()) {
            new ExportScenario(container, reader).run();

            Map<String, MetricData> collected = reader.collect();
            assertThat(collected.get("breaker.calls").getType()).isEqualTo(MetricDataType.LONG_SUM);
            assertThat(collected.get("breaker.calls").getLongSumData().isMonotonic()).isTrue();
            assertThat(collected.get("breaker.opened").getType()).isEqualTo(MetricDataType.LONG_SUM);
            assertThat(collected.get("breaker.state").getType()).isEqualTo(MetricDataType.LONG_GAUGE);
            assertThat(collected.get("breaker.failure.ratio").getType()).isEqualTo(MetricDataType.DOUBLE_GAUGE);
            assertThat(collected.get("breaker.retry.retries").getType()).isEqualTo(MetricDataType.LONG_SUM);
            assertThat(collected.get("breaker.fallback.answers").getType()).isEqualTo(MetricDataType.LONG_SUM);
            assertThat(collected.values()).allSatisfy(data -> assertThat(data.getInstrumentationScopeInfo().getName())
                    .isEqualTo("dev.breaker"));
            assertThat(collected.get("breaker.calls").getDescription()).isEqualTo(ExportedMeter.CALLS.description());
        }
        assertThat(reader.collect()).as("instruments still called once the application stopped").isEmpty();
        reader.sdk().close();
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void aMeterBeanAloneIsEnough(ExtensionPath path) throws Exception {
        InMemoryReader reader = new InMemoryReader();
        MeterBeans.NEXT.set(reader.sdk().getMeter("dev.breaker"));
        try (SeContainer container = MetricsDeployment.of(path, MeterBeans.class)
                .config("breaker.metrics", "opentelemetry").weld().initialize()) {
            new ExportScenario(container, reader).run();

            assertThat(reader.collect()).containsKeys("breaker.calls", "breaker.opened", "breaker.state");
        }
        reader.sdk().close();
    }
}
