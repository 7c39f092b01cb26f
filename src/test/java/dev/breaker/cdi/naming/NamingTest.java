package dev.breaker.cdi.naming;

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

@EnableWeld
class NamingTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(Quotes.class, Quotes.Nested.class, Ledger.class, RatesClient.class)
            .initiator();

    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    Quotes quotes;
    @Inject
    Quotes.Nested nested;
    @Inject
    Ledger ledger;
    @Inject
    RatesClient rates;

    @Test
    void everyDeclaredBreakerExistsBeforeTheFirstCall() {
        assertThat(registry.all()).extracting(CircuitBreaker::name).containsExactlyInAnyOrder(
                "dev.breaker.cdi.naming.Quotes.price",
                "volumes",
                "dev.breaker.cdi.naming.Quotes$Nested.depth",
                "dev.breaker.cdi.naming.Ledger.debit",
                "dev.breaker.cdi.naming.Ledger.credit",
                "dev.breaker.cdi.naming.Ledger.audit",
                "dev.breaker.cdi.naming.Ledger.callPrivate",
                "dev.breaker.cdi.naming.BaseClient.fetch");
    }

    @Test
    void overloadsShareTheBreakerOfTheirName() {
        quotes.price("BTC");
        quotes.price("ETH", 2);
        assertThat(registry.get("dev.breaker.cdi.naming.Quotes.price").getMetrics().successCount()).isEqualTo(2);
    }

    @Test
    void aNestedClassIsNamedAsClassGetNameNamesIt() {
        nested.depth();
        assertThat(registry.get("dev.breaker.cdi.naming.Quotes$Nested.depth").getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void aTypeLevelBreakerGivesEachMethodItsOwnBreaker() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(ledger::debit).hasMessage("debit refused");
        }
        assertThat(registry.get("dev.breaker.cdi.naming.Ledger.debit").getMetrics().failureCount()).isEqualTo(2);
        ledger.credit();
        assertThat(registry.get("dev.breaker.cdi.naming.Ledger.credit").getMetrics().successCount()).isEqualTo(1);
        assertThat(registry.get("dev.breaker.cdi.naming.Ledger.debit").settings().failureThreshold()).isEqualTo(2);
    }

    @Test
    void aMethodsOwnBreakerWinsOverTheTypesAsAWhole() {
        ledger.audit();
        BreakerSettings audit = registry.get("dev.breaker.cdi.naming.Ledger.audit").settings();
        assertThat(audit.halfOpenMaxCalls()).isEqualTo(1);
        assertThat(audit.failureThreshold()).isEqualTo(BreakerSettings.DEFAULT_FAILURE_THRESHOLD);
        assertThat(registry.get("dev.breaker.cdi.naming.Ledger.audit").getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void anInheritedMethodIsNamedAfterTheClassThatDeclaresIt() {
        assertThat(rates.fetch()).isEqualTo("fetched");
        assertThat(registry.get("dev.breaker.cdi.naming.BaseClient.fetch").getMetrics().successCount()).isEqualTo(1);
    }
}
