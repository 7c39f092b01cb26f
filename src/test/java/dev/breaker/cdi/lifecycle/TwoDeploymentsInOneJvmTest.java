package dev.breaker.cdi.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

/** The container started, stopped and started again in one JVM: nothing of the first deployment leaks. */
class TwoDeploymentsInOneJvmTest {

    @Test
    void theSecondDeploymentStartsFromNothing() {
        CircuitBreaker first;
        try (SeContainer container = TestDeployment.of(BillingClient.class).weld().initialize()) {
            BillingClient billing = container.select(BillingClient.class).get();
            assertThatThrownBy(billing::bill).hasMessage("billing down");
            assertThatThrownBy(billing::bill).isInstanceOf(BreakerOpenException.class);
            first = container.select(CircuitBreakerRegistry.class).get().get("billing");
            assertThat(first.state()).isEqualTo(CircuitState.OPEN);
        }

        try (SeContainer container = TestDeployment.of(BillingClient.class)
                .config("breaker.billing.failure-threshold", "3").weld().initialize()) {
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            CircuitBreaker second = registry.get("billing");
            assertThat(second).isNotSameAs(first);
            assertThat(second.state()).isEqualTo(CircuitState.CLOSED);
            assertThat(second.getMetrics().totalCalls()).isZero();
            assertThat(second.settings().failureThreshold()).as("the second deployment's own configuration")
                    .isEqualTo(3);

            BillingClient billing = container.select(BillingClient.class).get();
            assertThatThrownBy(billing::bill).hasMessage("billing down");
            assertThat(second.state()).isEqualTo(CircuitState.CLOSED);
            assertThat(first.getMetrics().totalCalls()).as("the first deployment's breaker is not used").isEqualTo(2);
        }
    }
}
