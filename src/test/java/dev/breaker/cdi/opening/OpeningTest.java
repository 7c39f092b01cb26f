package dev.breaker.cdi.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class OpeningTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(ExchangeClient.class, FakeClock.class).initiator();

    @Inject
    ExchangeClient client;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    FakeClock clock;

    @Test
    void opensAtTheThresholdAndRejectsWithoutRunningTheMethod() {
        client.goDown();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.ticker("BTC")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.OPEN);

        assertThatThrownBy(() -> client.ticker("BTC"))
                .isInstanceOfSatisfying(BreakerOpenException.class, rejected -> {
                    assertThat(rejected.breakerName()).isEqualTo("exchange-api");
                    assertThat(rejected.state()).isEqualTo(CircuitState.OPEN);
                    assertThat(rejected.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
        assertThat(client.runs()).isEqualTo(2);
        assertThat(registry.get("exchange-api").getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void closesAgainAfterTheTimeoutOnceTheTrialsSucceed() throws Exception {
        client.goDown();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.ticker("BTC")).isInstanceOf(IllegalStateException.class);
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.HALF_OPEN);

        client.comeBack();
        assertThat(client.ticker("BTC")).isEqualTo("BTC=42");
        assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(client.ticker("ETH")).isEqualTo("ETH=42");
        assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.CLOSED);
    }
}
