package dev.breaker.health.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Each breaker's readiness check, read as SmallRye Health writes it. exchange-api is in
 * {@code readiness} mode (the default), recommendations in {@code report}, audit-log {@code off}.
 */
@EnableWeld
class ReadinessTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(ExchangeClient.class, FakeClock.class)
            .config("breaker.exchange-api.timeout", "37s")
            .config("breaker.recommendations.health", "report")
            .config("breaker.audit-log.health", "off")
            .config("breaker.optional-later.health", "report")
            .config("breaker.hidden-later.health", "off")
            .initiator();

    @Inject
    SmallRyeHealthReporter reporter;
    @Inject
    ExchangeClient client;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    FakeClock clock;

    private ReadinessReport readiness() {
        return ReadinessReport.readiness(reporter);
    }

    @Test
    void closedBreakersAreUpWithTheirState() {
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).isEqualTo("UP");
        assertThat(readiness.checks()).containsOnlyKeys("breaker:exchange-api", "breaker:recommendations", "breakers");
        assertThat(readiness.check("breaker:exchange-api")).isEqualTo(check("breaker:exchange-api", "UP",
                Json.createObjectBuilder().add("state", "CLOSED")));
        assertThat(readiness.check("breakers")).isEqualTo(check("breakers", "UP", Json.createObjectBuilder()));
    }

    @Test
    void anOpenBreakerIsDownWithItsRetryAfter() {
        assertThatThrownBy(client::ticker).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofSeconds(7));
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).isEqualTo("DOWN");
        assertThat(readiness.check("breaker:exchange-api")).isEqualTo(check("breaker:exchange-api", "DOWN",
                Json.createObjectBuilder().add("state", "OPEN").add("retryAfterMs", 30_000)));
    }

    @Test
    void halfOpenIsReadFromTheClockWithNoCallNeeded() {
        assertThatThrownBy(client::ticker).isInstanceOf(IllegalStateException.class);
        clock.advance(Duration.ofSeconds(37));
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).as("the instance comes back into service by itself").isEqualTo("UP");
        assertThat(readiness.check("breaker:exchange-api")).isEqualTo(check("breaker:exchange-api", "UP",
                Json.createObjectBuilder().add("state", "HALF_OPEN").add("degraded", true)));
    }

    @Test
    void reportModeShowsTheStateButIsNeverDown() {
        assertThatThrownBy(client::recommend).isInstanceOf(IllegalStateException.class);
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).isEqualTo("UP");
        assertThat(readiness.check("breaker:recommendations")).isEqualTo(check("breaker:recommendations", "UP",
                Json.createObjectBuilder().add("state", "OPEN").add("retryAfterMs", 60_000)));
    }

    @Test
    void offModeIsNotInHealthAtAll() {
        assertThatThrownBy(client::audit).isInstanceOf(IllegalStateException.class);
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).isEqualTo("UP");
        assertThat(readiness.toString()).doesNotContain("audit-log");
    }

    @Test
    void breakersCreatedLaterAreInTheBreakersCheck() {
        CircuitBreaker later = registry.get("created-later");
        CircuitBreaker optional = registry.get("optional-later");
        registry.get("hidden-later");
        assertThat(readiness().check("breakers")).isEqualTo(check("breakers", "UP",
                Json.createObjectBuilder().add("created-later", "CLOSED").add("optional-later", "CLOSED")));

        openByFailing(optional);
        assertThat(readiness().check("breakers").getString("status")).as("report mode is never DOWN").isEqualTo("UP");

        openByFailing(later);
        ReadinessReport readiness = readiness();
        assertThat(readiness.status()).isEqualTo("DOWN");
        assertThat(readiness.check("breakers")).isEqualTo(check("breakers", "DOWN",
                Json.createObjectBuilder().add("created-later", "OPEN").add("optional-later", "OPEN")));
    }

    @Test
    void noBreakerReportsOnLiveness() {
        assertThatThrownBy(client::ticker).isInstanceOf(IllegalStateException.class);
        ReadinessReport liveness = ReadinessReport.liveness(reporter);
        assertThat(liveness.status()).isEqualTo("UP");
        assertThat(liveness.toString()).doesNotContain("breaker");
    }

    @Test
    void noExceptionMessageNorConfiguredValueLeaksIntoHealth() {
        assertThatThrownBy(client::ticker).hasMessageContaining(ExchangeClient.SECRET);
        assertThatThrownBy(client::recommend).isInstanceOf(IllegalStateException.class);
        String health = ReadinessReport.readiness(reporter).toString() + reporter.getHealth().getPayload();
        assertThat(health).doesNotContain(ExchangeClient.SECRET, "refused", "down", "37s", "PT37S", "report\"",
                "Exception");
    }

    private static void openByFailing(CircuitBreaker breaker) {
        for (int i = 0; i < breaker.settings().failureThreshold(); i++) {
            assertThatThrownBy(() -> breaker.run(() -> {
                throw new IllegalStateException("failing");
            })).isInstanceOf(IllegalStateException.class);
        }
    }

    private static JsonObject check(String name, String status, jakarta.json.JsonObjectBuilder data) {
        JsonObject built = data.build();
        var check = Json.createObjectBuilder().add("name", name).add("status", status);
        if (!built.isEmpty()) {
            check.add("data", built);
        }
        return check.build();
    }
}
