package dev.breaker.cdi.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every duration form that API.md lists, read from configuration in a container. */
class DurationFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "60, PT60S",
        "250ms, PT0.25S",
        "5s, PT5S",
        "2m, PT2M",
        "1h, PT1H",
        "PT1M, PT1M",
    })
    void readsEveryDurationForm(String configured, Duration expected) {
        TestDeployment deployment = TestDeployment.of(RatesClient.class).config("breaker.plain.timeout", configured);
        try (SeContainer container = deployment.weld().initialize()) {
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            assertThat(registry.get("plain").settings().timeout()).isEqualTo(expected);
        }
    }
}
