package dev.breaker.cdi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class RegistryBeanTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(InventoryClient.class, StartupProbe.class)
            .config("breaker.reports.failure-threshold", "12")
            .initiator();

    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    InventoryClient inventory;
    @Inject
    StartupProbe probe;

    @Test
    void theRegistryIsApplicationScoped() {
        assertThat(weld.getBeanManager().resolve(weld.getBeanManager().getBeans(CircuitBreakerRegistry.class)).getScope())
                .isEqualTo(ApplicationScoped.class);
    }

    @Test
    void declaredBreakersExistBeforeTheApplicationsOwnStartupObserversRun() {
        assertThat(probe.inventoryExistedAtStartup()).contains(true);
    }

    @Test
    void itHoldsTheVeryBreakerTheInterceptorUses() {
        CircuitBreaker breaker = registry.get("inventory");
        inventory.stock("apples");
        assertThatThrownBy(() -> inventory.stock("")).hasMessage("no item");
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        assertThat(registry.get("inventory")).isSameAs(breaker);
        assertThat(registry.all()).containsExactly(breaker);
    }

    @Test
    void aResetThroughTheRegistryReachesTheInterceptedMethod() throws Exception {
        CircuitBreaker breaker = registry.get("inventory");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> inventory.stock("")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> inventory.stock("apples")).isInstanceOf(dev.breaker.BreakerOpenException.class);
        breaker.reset();
        assertThat(inventory.stock("apples")).isEqualTo(3);
    }

    @Test
    void anUndeclaredNameIsCreatedOnFirstUseFromConfiguration() {
        assertThat(registry.find("reports")).isEmpty();
        CircuitBreaker reports = registry.get("reports");
        assertThat(reports.settings().failureThreshold()).isEqualTo(12);
        assertThat(registry.find("reports")).containsSame(reports);
        assertThat(registry.all()).extracting(CircuitBreaker::name).containsExactlyInAnyOrder("inventory", "reports");
    }
}
