package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.DeploymentValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code breaker.metrics}: auto unless set, none, or backends named; anything else is BRK-901. */
class MetricsKeyTest {
    private static final String ALLOWED = "auto, none, or one or more of micrometer, mp-metrics, opentelemetry"
            + " separated by commas";

    private static ApplicationResolver resolverOf(Map<String, String> properties) {
        return new ApplicationResolver(key -> Optional.ofNullable(properties.get(key)));
    }

    private static MetricsChoice choiceOf(String value) {
        return resolverOf(Map.of("breaker.metrics", value)).resolve(ApplicationKeys.METRICS).orThrow();
    }

    @Test
    void autoUnlessSetTryingMicrometerThenMicroProfileMetricsThenOpenTelemetry() {
        MetricsChoice choice = resolverOf(Map.of()).resolve(ApplicationKeys.METRICS).orThrow();
        assertThat(choice).isEqualTo(MetricsChoice.AUTO);
        assertThat(choice.auto()).isTrue();
        assertThat(choice.backends()).containsExactly(MetricsBackend.MICROMETER, MetricsBackend.MICROPROFILE_METRICS,
                MetricsBackend.OPENTELEMETRY);
        assertThat(choiceOf(" AUTO ")).isEqualTo(MetricsChoice.AUTO);
    }

    @Test
    void noneExportsNothing() {
        MetricsChoice none = choiceOf("none");
        assertThat(none.isNone()).isTrue();
        assertThat(none.auto()).isFalse();
        assertThat(none).hasToString("none");
    }

    @Test
    void backendsNamedAreEachRequiredInTheOrderGiven() {
        assertThat(choiceOf("opentelemetry")).isEqualTo(MetricsChoice.of(MetricsBackend.OPENTELEMETRY));
        MetricsChoice two = choiceOf(" mp-metrics , Micrometer,mp-metrics");
        assertThat(two.auto()).isFalse();
        assertThat(two.backends()).containsExactly(MetricsBackend.MICROPROFILE_METRICS, MetricsBackend.MICROMETER);
        assertThat(two).hasToString("mp-metrics,micrometer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prometheus", "", " ", "micrometer,", ",micrometer", "auto,micrometer", "none,opentelemetry",
            "micrometer;opentelemetry", "mp_metrics", "true", "otel"})
    void anyOtherValueIsAProblemNeverReadAsAutoOrNone(String value) {
        ApplicationResolver resolver = resolverOf(Map.of("breaker.metrics", value));
        String problem = "BRK-901 This application: breaker.metrics = \"" + value + "\" is not allowed: it must be "
                + ALLOWED;
        assertThat(resolver.problems()).containsExactly(problem);
        assertThatThrownBy(() -> resolver.resolve(ApplicationKeys.METRICS).orThrow()).hasMessage(problem);
    }

    @Test
    void theDeploymentChecksItWithEverythingElse() {
        DeploymentModel nothing = new DeploymentModel(List.of(), List.of(), List.of());
        assertThat(DeploymentValidator.validate(nothing, key -> key.equals("breaker.metrics")
                ? Optional.of("graphite") : Optional.empty()))
                .containsExactly("BRK-901 This application: breaker.metrics = \"graphite\" is not allowed: it must be "
                        + ALLOWED);
        assertThat(DeploymentValidator.validate(nothing, key -> key.equals("breaker.metrics")
                ? Optional.of("micrometer") : Optional.empty())).isEmpty();
    }

    @Test
    void itIsNotADefaultOfEveryBreakerNorAPerBreakerKey() {
        assertThat(BreakerKeys.FAMILY.keys()).doesNotContain(ApplicationKeys.METRICS);
        assertThat(ApplicationKeys.METRICS.forEvery()).isEqualTo("breaker.metrics");
        assertThat(new BreakerResolver(key -> key.equals("breaker.metrics") ? Optional.of("none") : Optional.empty())
                .checkDefaults()).isEmpty();
        assertThatThrownBy(() -> ApplicationKeys.FAMILY.invalidOwn("x", "breaker.x.metrics", "v", "a"))
                .isInstanceOf(IllegalStateException.class);
    }
}
