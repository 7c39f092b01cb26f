package dev.breaker.cdi.restclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * A class of the application's own that implements a REST client interface is a bean like any other:
 * its own {@code @Breaker} applies, under its own name, and the interface's do not (CDI never inherits
 * interceptor bindings from interfaces). The interface's breakers exist all the same.
 */
@EnableWeld
class OwnImplementationTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(RatesApi.class, FakeRatesApi.class).initiator();

    @Inject
    FakeRatesApi fake;
    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void itsOwnBreakerAppliesAndTheInterfacesDoNot() {
        assertThat(registry.all()).extracting(CircuitBreaker::name).contains("fake-rates", "rates-api");
        assertThatThrownBy(() -> fake.rate("EURUSD")).hasMessage("the fake is down");
        assertThat(registry.get("fake-rates").state()).isEqualTo(CircuitState.OPEN);
        assertThat(fake.quote("EURUSD")).isEqualTo("fake quote");
        assertThat(registry.get("rates-api").getMetrics().totalCalls()).isZero();
        assertThat(registry.get(RatesApi.QUOTE_BREAKER).getMetrics().totalCalls()).isZero();
    }
}
