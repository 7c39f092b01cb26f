package dev.breaker.health.ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * The readiness check of a breaker in ratio mode, read as SmallRye Health writes it: its data carries
 * {@code failureRatio}, the share of failures in its window, as text with four decimals at most; and the
 * metrics say the same. A breaker in consecutive mode has no such data.
 */
@EnableWeld
class RatioReadinessTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(WindowedExchangeClient.class, FakeClock.class).initiator();

    @Inject
    SmallRyeHealthReporter reporter;
    @Inject
    WindowedExchangeClient client;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    FakeClock clock;

    private JsonObject check(String name) {
        for (JsonValue check : reporter.getReadiness().getPayload().getJsonArray("checks")) {
            if (check.asJsonObject().getString("name").equals(name)) {
                return check.asJsonObject();
            }
        }
        throw new AssertionError("no check " + name);
    }

    @Test
    void theRatioOfTheWindowIsInTheDataAsText() {
        assertThat(check("breaker:exchange-api").getJsonObject("data").getString("failureRatio")).isEqualTo("0");
        client.ticker(false);
        client.ticker(false);
        assertThatThrownBy(() -> client.ticker(true)).hasMessage("exchange refused");
        JsonObject check = check("breaker:exchange-api");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("state")).isEqualTo("CLOSED");
        assertThat(check.getJsonObject("data").getString("failureRatio")).isEqualTo("0.3333");
        assertThat(registry.get("exchange-api").getMetrics().failureRatio()).hasValue(1.0 / 3);
    }

    @Test
    void aSlowCallThroughTheInterceptorCountsAsAFailureAndItsCallerGetsItsResult() {
        client.ticker(false);
        assertThat(registry.get("exchange-api").getMetrics().failureRatio()).hasValue(0);
        clock.advance(Duration.ofSeconds(5)); // the time before a call does not make it slow
        client.ticker(false);
        assertThat(registry.get("exchange-api").getMetrics().failureRatio()).hasValue(0);
        assertThat(client.slowTicker(Duration.ofMillis(999))).isEqualTo("slow BTC");
        assertThat(registry.get("exchange-api").getMetrics().failureRatio()).hasValue(0);
        assertThat(client.slowTicker(Duration.ofMillis(1001))).isEqualTo("slow BTC");
        assertThat(registry.get("exchange-api").getMetrics().failureRatio()).hasValue(0.25);
        assertThat(check("breaker:exchange-api").getJsonObject("data").getString("failureRatio")).isEqualTo("0.25");
    }

    @Test
    void openedByTheRatioItIsDownWithARatioOfZero() {
        client.ticker(false);
        client.ticker(false);
        assertThatThrownBy(() -> client.ticker(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.ticker(true)).isInstanceOf(IllegalStateException.class);
        JsonObject check = check("breaker:exchange-api");
        assertThat(check.getString("status")).isEqualTo("DOWN");
        assertThat(check.getJsonObject("data").getString("state")).isEqualTo("OPEN");
        assertThat(check.getJsonObject("data").getString("failureRatio")).isEqualTo("0");
    }

    @Test
    void aBreakerInConsecutiveModeHasNoRatio() {
        client.plain();
        assertThat(check("breaker:consecutive-api").getJsonObject("data").containsKey("failureRatio")).isFalse();
        assertThat(registry.get("consecutive-api").getMetrics().failureRatio()).isEmpty();
    }
}
