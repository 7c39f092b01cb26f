package dev.breaker.cdi.stereotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * {@code @Breaker} through a stereotype is not read at deployment, but the container still binds the
 * interceptor: the breaker is then created at the first call, under its default name, from
 * configuration and defaults (the stereotype's members are not read).
 */
@EnableWeld
class StereotypeTest {
    private static final String NAME = "dev.breaker.cdi.stereotype.WeatherClient.forecast";

    @WeldSetup
    WeldInitiator weld = TestDeployment.of(WeatherClient.class).initiator();

    @Inject
    WeatherClient weather;
    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void theBreakerIsCreatedAtTheFirstCall() {
        assertThat(registry.find(NAME)).isEmpty();
        assertThatThrownBy(weather::forecast).hasMessage("no forecast");
        CircuitBreaker breaker = registry.find(NAME).orElseThrow();
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        assertThat(breaker.settings().failureThreshold()).isEqualTo(BreakerSettings.DEFAULT_FAILURE_THRESHOLD);
    }
}
