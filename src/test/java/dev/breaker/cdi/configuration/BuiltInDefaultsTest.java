package dev.breaker.cdi.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class BuiltInDefaultsTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(RatesClient.class).initiator();

    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void nothingConfiguredAndNothingDeclaredMeansTheBuiltInDefaults() {
        assertThat(registry.get("plain").settings()).isEqualTo(BreakerSettings.defaults());
    }

    @Test
    void membersGivenAreUsedAsGiven() {
        BreakerSettings rates = registry.get("rates").settings();
        assertThat(rates.failureThreshold()).isEqualTo(4);
        assertThat(rates.timeout()).hasSeconds(20);
        assertThat(rates.halfOpenMaxCalls()).isEqualTo(BreakerSettings.DEFAULT_HALF_OPEN_MAX_CALLS);
    }
}
