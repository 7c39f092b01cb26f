package dev.breaker.metrics.choice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.metrics.testing.MetricsDeployment;
import dev.breaker.metrics.testing.TradingClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.smallrye.metrics.SharedMetricRegistries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code breaker.metrics} with all three backends at hand (a {@code MeterRegistry} bean, an
 * {@code OpenTelemetry} bean, SmallRye Metrics): {@code auto} binds the first only, {@code none} none, a
 * list each one named; a backend named whose bean is missing, or a value not allowed, stops the deployment
 * with the library's message.
 */
class BackendChoiceTest {
    private static SimpleMeterRegistry micrometer;
    private static InMemoryMetricReader openTelemetryReader;
    private static OpenTelemetrySdk openTelemetry;

    /** Every backend's entry bean. */
    @ApplicationScoped
    public static class AllBackends {
        @Produces
        @Singleton
        MeterRegistry meterRegistry() {
            return micrometer;
        }

        @Produces
        @Singleton
        OpenTelemetry openTelemetry() {
            return openTelemetry;
        }
    }

    @BeforeEach
    void freshBackends() {
        micrometer = new SimpleMeterRegistry();
        openTelemetryReader = InMemoryMetricReader.create();
        openTelemetry = OpenTelemetrySdk.builder()
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(openTelemetryReader).build()).build();
    }

    @AfterEach
    void closeOpenTelemetry() {
        openTelemetry.close();
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void autoBindsTheFirstBackendThereIsAndNoOther(ExtensionPath path) {
        try (SeContainer container = MetricsDeployment.of(path, AllBackends.class).weld().initialize()) {
            container.select(TradingClient.class).get().ticker();
            assertThat(exportedTo()).containsExactly("micrometer");
        }
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void noneExportsNothing(ExtensionPath path) {
        try (SeContainer container = MetricsDeployment.of(path, AllBackends.class).config("breaker.metrics", "none")
                .weld().initialize()) {
            container.select(TradingClient.class).get().ticker();
            assertThat(exportedTo()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void backendsNamedAreEachBound(ExtensionPath path) {
        try (SeContainer container = MetricsDeployment.of(path, AllBackends.class)
                .config("breaker.metrics", "opentelemetry, mp-metrics").weld().initialize()) {
            container.select(TradingClient.class).get().ticker();
            assertThat(exportedTo()).containsExactlyInAnyOrder("opentelemetry", "mp-metrics");
        }
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void aBackendNamedWithoutItsBeanStopsTheDeployment(ExtensionPath path) {
        TestDeployment deployment = MetricsDeployment.of(path).config("breaker.metrics", "micrometer");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-903 Metrics export: breaker.metrics"
                + " = \"micrometer\" names micrometer, and its API is on the class path, but no MeterRegistry bean can be"
                + " found to register the meters with: in Quarkus add quarkus-micrometer-registry-prometheus, in WildFly"
                + " the micrometer subsystem, elsewhere produce a MeterRegistry bean. Or set breaker.metrics to auto, to"
                + " export through whichever backend the application has, or to none");
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void aValueNotAllowedStopsTheDeployment(ExtensionPath path) {
        TestDeployment deployment = MetricsDeployment.of(path, AllBackends.class).config("breaker.metrics", "prometheus");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-901 This application: breaker.metrics"
                + " = \"prometheus\" is not allowed: it must be auto, none, or one or more of micrometer, mp-metrics,"
                + " opentelemetry separated by commas");
    }

    @Test
    void aValueFirstSeenAtStartUpStopsTheStart() {
        // What Quarkus sees when the value at run time differs from the build's: checked again at start-up.
        TestDeployment deployment = MetricsDeployment.of(ExtensionPath.PORTABLE, AllBackends.class)
                .configAtStartup("breaker.metrics", "graphite");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-901 This application: breaker.metrics"
                + " = \"graphite\" is not allowed: it must be auto, none, or one or more of micrometer, mp-metrics,"
                + " opentelemetry separated by commas");
    }

    /** @return the backends that show the breaker exchange-api now */
    private static Set<String> exportedTo() {
        Set<String> backends = new java.util.TreeSet<>();
        if (micrometer.find("breaker.state").tag("name", "exchange-api").gauge() != null) {
            backends.add("micrometer");
        }
        Set<String> openTelemetryNames = openTelemetryReader.collectAllMetrics().stream().map(MetricData::getName)
                .collect(Collectors.toSet());
        if (openTelemetryNames.contains("breaker.state")) {
            backends.add("opentelemetry");
        }
        if (SharedMetricRegistries.getOrCreate(MetricRegistry.APPLICATION_SCOPE).getNames().contains("breaker.state")) {
            backends.add("mp-metrics");
        }
        return backends;
    }
}
