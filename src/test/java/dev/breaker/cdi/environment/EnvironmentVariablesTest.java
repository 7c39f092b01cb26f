package dev.breaker.cdi.environment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Settings from environment variables, through MicroProfile Config's mapping. Runs in its own surefire
 * execution, which sets (see pom.xml): BREAKER_EXCHANGE_API_FAILURE_THRESHOLD=2,
 * BREAKER_EXCHANGE_API_TIMEOUT=PT2M, BREAKER_HALF_OPEN_MAX_CALLS=4, BREAKER_LEDGER_ENABLED=false.
 */
class EnvironmentVariablesTest {

    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api", failureThreshold = 5, timeoutSeconds = 30)
        String ticker() {
            return "BTC";
        }

        @Breaker(name = "ledger")
        void post() {
        }
    }

    @BeforeAll
    static void theEnvironmentIsSet() {
        assertThat(System.getenv("BREAKER_EXCHANGE_API_FAILURE_THRESHOLD"))
                .as("run by the cdi-environment execution of pom.xml").isEqualTo("2");
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void environmentVariablesConfigureBreakers(ExtensionPath path) {
        try (SeContainer container = TestDeployment.of(ExchangeClient.class).through(path).weld().initialize()) {
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            BreakerSettings exchange = registry.get("exchange-api").settings();
            assertThat(exchange.failureThreshold()).as("per breaker: beats the annotation").isEqualTo(2);
            assertThat(exchange.timeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(exchange.halfOpenMaxCalls()).as("the default of every breaker").isEqualTo(4);
            assertThat(registry.get("ledger").settings().enabled()).isFalse();
            assertThat(registry.get("ledger").settings().halfOpenMaxCalls()).isEqualTo(4);
        }
    }
}
