package dev.breaker.health.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.testing.TestDeployment;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * {@code health = off} first set at run time, after the checks were made (in Quarkus, at build time):
 * the check cannot be taken away, so it stays and never reports DOWN; and a breaker turned {@code off}
 * at build time but not at run time still shows, in the {@code breakers} check.
 */
@EnableWeld
class OffAfterTheBuildTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(ExchangeClient.class)
            .config("breaker.audit-log.health", "off")
            .configAtStartup("breaker.exchange-api.health", "off")
            .configAtStartup("breaker.audit-log.health", "readiness")
            .initiator();

    @Inject
    SmallRyeHealthReporter reporter;
    @Inject
    ExchangeClient client;

    @Test
    void aCheckMadeBeforeOffWasSetNeverReportsDown() {
        assertThatThrownBy(client::ticker).isInstanceOf(IllegalStateException.class);
        ReadinessReport readiness = ReadinessReport.readiness(reporter);
        assertThat(readiness.check("breaker:exchange-api").getString("status")).isEqualTo("UP");
        assertThat(readiness.check("breaker:exchange-api").getJsonObject("data").getString("state")).isEqualTo("OPEN");
    }

    @Test
    void aBreakerWithoutACheckOfItsOwnShowsInTheBreakersCheck() {
        assertThatThrownBy(client::audit).isInstanceOf(IllegalStateException.class);
        ReadinessReport readiness = ReadinessReport.readiness(reporter);
        assertThat(readiness.checks()).doesNotContainKey("breaker:audit-log");
        assertThat(readiness.check("breakers").getString("status")).isEqualTo("DOWN");
        assertThat(readiness.check("breakers").getJsonObject("data").getString("audit-log")).isEqualTo("OPEN");
    }
}
