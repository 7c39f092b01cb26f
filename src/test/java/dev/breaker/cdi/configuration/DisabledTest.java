package dev.breaker.cdi.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code enabled = false} turns a breaker off: it never rejects a call. */
class DisabledTest {

    private static void assertNeverRejects(TestDeployment deployment, String name) {
        try (SeContainer container = deployment.weld().initialize()) {
            RatesClient client = container.select(RatesClient.class).get();
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(client::flaky).isNotInstanceOf(BreakerOpenException.class).hasMessage("flaky");
            }
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            assertThat(registry.get(name).state()).isEqualTo(CircuitState.CLOSED);
            assertThat(registry.get(name).getMetrics().failureCount()).isEqualTo(5);
        }
    }

    @Test
    void oneBreakerTurnedOff() {
        assertNeverRejects(TestDeployment.of(RatesClient.class).config("breaker.flaky.enabled", "false"), "flaky");
    }

    @Test
    void everyBreakerTurnedOff() {
        assertNeverRejects(TestDeployment.of(RatesClient.class).config("breaker.enabled", "FALSE"), "flaky");
    }

    @Test
    void onBeatsTheDefaultOff() {
        TestDeployment deployment = TestDeployment.of(RatesClient.class)
                .config("breaker.enabled", "false")
                .config("breaker.flaky.enabled", "true");
        try (SeContainer container = deployment.weld().initialize()) {
            RatesClient client = container.select(RatesClient.class).get();
            assertThatThrownBy(client::flaky).hasMessage("flaky");
            assertThatThrownBy(client::flaky).isInstanceOf(BreakerOpenException.class);
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            assertThat(registry.get("flaky").retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        }
    }
}
