package dev.breaker.metrics.absent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.spi.Bean;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every metrics backend is optional: without Micrometer, MicroProfile Metrics and OpenTelemetry on the
 * class path (the metrics-absent execution of pom.xml removes them and their implementations), the library
 * deploys and works through both extensions, registers nothing about metrics and logs nothing alarming;
 * only a backend named in {@code breaker.metrics} stops the deployment, with the library's message.
 */
class WithoutMetricsApisTest {
    private final List<LogRecord> alarming = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                alarming.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @ApplicationScoped
    static class ExchangeClient {
        private final AtomicInteger quotes = new AtomicInteger();

        @Breaker(name = "exchange-api", failureThreshold = 1)
        String ticker(boolean fail) {
            if (fail) {
                throw new IllegalStateException("down");
            }
            return "BTC";
        }

        @RetryWithBackoff(maxAttempts = 2)
        String quote() throws IOException {
            if (quotes.incrementAndGet() == 1) {
                throw new IOException("once");
            }
            return "quote";
        }

        @WithFallback("cached")
        String news() {
            throw new IllegalStateException("news down");
        }

        String cached() {
            return "cached";
        }
    }

    @BeforeAll
    static void theMetricsApisAreAbsent() {
        for (String api : List.of("io.micrometer.core.instrument.MeterRegistry",
                "org.eclipse.microprofile.metrics.MetricRegistry", "io.opentelemetry.api.OpenTelemetry")) {
            assertThatThrownBy(() -> Class.forName(api)).as("run by the metrics-absent execution of pom.xml")
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @BeforeEach
    void recordWarnings() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void theLibraryDeploysWorksAndRegistersNothingAboutMetrics(ExtensionPath path) throws Exception {
        try (SeContainer container = TestDeployment.of(ExchangeClient.class, RecordingRetryScheduler.class).through(path)
                .weld().initialize()) {
            ExchangeClient client = container.select(ExchangeClient.class).get();
            assertThat(client.ticker(false)).isEqualTo("BTC");
            assertThatThrownBy(() -> client.ticker(true)).hasMessage("down");
            assertThatThrownBy(() -> client.ticker(false)).isInstanceOf(BreakerOpenException.class);
            assertThat(client.quote()).isEqualTo("quote");
            assertThat(client.news()).isEqualTo("cached");
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.OPEN);
            assertThat(registry.get("created-later").state()).isEqualTo(CircuitState.CLOSED);

            for (Bean<?> bean : container.getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                assertThat(bean.getTypes()).extracting(Type::getTypeName)
                        .noneMatch(name -> name.startsWith("io.micrometer.") || name.startsWith("io.opentelemetry.")
                                || name.startsWith("org.eclipse.microprofile.metrics."));
            }
        }
        assertThat(alarming).as("warnings and errors logged")
                .allSatisfy(record -> assertThat(record.getMessage()).as(record.getLoggerName())
                        .startsWith("Circuit breaker ''{0}'' changed from"));
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void noneNeedsNothing(ExtensionPath path) {
        try (SeContainer container = TestDeployment.of(ExchangeClient.class).through(path)
                .config("breaker.metrics", "none").weld().initialize()) {
            assertThat(container.select(ExchangeClient.class).get().ticker(false)).isEqualTo("BTC");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"micrometer", "mp-metrics", "opentelemetry"})
    void aBackendNamedWhoseApiIsAbsentStopsTheDeployment(String backend) {
        for (ExtensionPath path : ExtensionPath.values()) {
            TestDeployment deployment = TestDeployment.of(ExchangeClient.class).through(path)
                    .config("breaker.metrics", backend);
            assertThat(DeploymentFailure.problemsOf(deployment)).as("through %s", path).singleElement()
                    .asString().startsWith("BRK-902 Metrics export: breaker.metrics = \"" + backend + "\" names " + backend
                            + ", but its API is not on the application's class path (")
                    .endsWith("cannot be loaded): " + adviceFor(backend) + ". Or set breaker.metrics to auto, to export"
                            + " through whichever backend the application has, or to none");
        }
    }

    private static String adviceFor(String backend) {
        return switch (backend) {
            case "micrometer" -> "in Quarkus add quarkus-micrometer-registry-prometheus, in WildFly the micrometer"
                    + " subsystem, elsewhere produce a MeterRegistry bean";
            case "mp-metrics" -> "enable MicroProfile Metrics 5 (Open Liberty: the feature mpMetrics-5.1; Payara has it on)";
            default -> "enable MicroProfile Telemetry 2 (Open Liberty: the feature mpTelemetry-2.0 and"
                    + " <classloader apiTypeVisibility=\"+third-party\"/> for the application; Quarkus: quarkus-opentelemetry)";
        };
    }
}
