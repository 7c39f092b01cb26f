package dev.breaker.cdi.restclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.health.readiness.ReadinessReport;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * What {@code @Breaker}, {@code @RetryWithBackoff} and {@code @WithFallback} on a REST client interface
 * ({@link RatesApi}) do, whichever REST client implementation runs the interceptors: each subclass
 * deploys a stand-in for one (Weld SE has none), and the calls go through the injected
 * {@code @RestClient} client as an application's would.
 */
abstract class RestClientContract {
    @WeldSetup
    WeldInitiator weld = deployment().config("retry.jitter", "0").initiator();

    @Inject
    @RestClient
    RatesApi client;
    @Inject
    RatesServer server;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    RecordingRetryScheduler waits;
    @Inject
    SmallRyeHealthReporter health;

    /**
     * @return the deployment of {@link RatesApi}, {@link RatesServer} and {@link RecordingRetryScheduler}
     *     with a stand-in for a REST client implementation
     */
    abstract TestDeployment deployment();

    @Test
    void everyBreakerOfTheInterfaceIsCreatedAtStartUpAndInReadinessBeforeTheFirstCall() {
        assertThat(registry.all()).extracting(CircuitBreaker::name)
                .containsExactlyInAnyOrder("rates-api", RatesApi.QUOTE_BREAKER, "rates-history", "rates-retried",
                        "rates-async");
        assertThat(registry.get("rates-api").settings().failureThreshold()).as("from the interface").isEqualTo(2);
        assertThat(registry.get(RatesApi.QUOTE_BREAKER).settings().failureThreshold()).isEqualTo(3);
        ReadinessReport readiness = ReadinessReport.readiness(health);
        assertThat(readiness.checks()).containsKeys("breaker:rates-api", "breaker:" + RatesApi.QUOTE_BREAKER,
                "breaker:rates-history", "breaker:rates-retried");
        assertThat(readiness.check("breakers").getJsonObject("data")).as("no breaker made at a first call").isNull();
        assertThat(server.calls("rate") + server.calls("quote")).isZero();
    }

    @Test
    void theInterfacesBreakerOpensThroughTheClientAndRejectsWithoutCallingTheServer() {
        assertThat(client.rate("EURUSD")).isEqualTo("rate:EURUSD");
        server.fail("rate", new IllegalStateException("502 from the server"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.rate("EURUSD")).hasMessageContaining("502 from the server");
        }
        assertThat(registry.get("rates-api").state()).isEqualTo(CircuitState.OPEN);
        assertThat(ReadinessReport.readiness(health).check("breaker:rates-api").getString("status")).isEqualTo("DOWN");

        assertThatThrownBy(() -> client.rate("EURUSD")).isInstanceOf(BreakerOpenException.class);
        assertThat(server.calls("rate")).isEqualTo(3);
    }

    @Test
    void theDefaultFallbackAnswersFailuresAndRejectionsOnAClientOfTheInterface() {
        server.fail("quote", new IllegalStateException("503 from the server"));
        for (int i = 0; i < 3; i++) {
            assertThat(client.quote("EURUSD")).isEqualTo("cached EURUSD (rates client, rate:EURUSD)");
        }
        assertThat(registry.get(RatesApi.QUOTE_BREAKER).state()).isEqualTo(CircuitState.OPEN);

        assertThat(client.quote("EURUSD")).as("answered while OPEN").isEqualTo("cached EURUSD (rates client, rate:EURUSD)");
        assertThat(server.calls("quote")).isEqualTo(3);
        assertThat(server.calls("rate")).as("the fallback called the client it ran on").isEqualTo(4);
        assertThat(registry.get(RatesApi.QUOTE_BREAKER).getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void aCheckedFailureIsJudgedAsItselfAndHandedToTheFallback() throws RatesUnavailable {
        server.fail("history", new RatesUnavailable("no data"));
        for (int i = 0; i < 2; i++) {
            assertThat(client.history("EURUSD")).isEqualTo("no history of EURUSD: RatesUnavailable");
        }
        assertThat(registry.get("rates-history").getMetrics().failureCount()).as("failOn = RatesUnavailable")
                .isEqualTo(2);
        assertThat(registry.get("rates-history").state()).isEqualTo(CircuitState.OPEN);
        assertThatThrownBy(() -> client.history("EURUSD")).as("applyOn = RatesUnavailable only")
                .isInstanceOf(BreakerOpenException.class);
    }

    @Test
    void anAsynchronousCallIsJudgedByItsStageAndAnsweredByTheDefaultFallback() throws Exception {
        assertThat(client.later("EURUSD").toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("later:EURUSD");
        server.fail("later", new IllegalStateException("502 later"));
        assertThat(client.later("EURUSD").toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isEqualTo("cached later EURUSD");
        assertThat(registry.get("rates-async").state()).isEqualTo(CircuitState.OPEN);
        assertThat(client.later("EURUSD").toCompletableFuture().get(5, TimeUnit.SECONDS))
                .as("answered while OPEN").isEqualTo("cached later EURUSD");
        assertThat(server.calls("later")).isEqualTo(2);
    }

    @Test
    void aRetriedCallIsRetriedThroughTheClientAndCountedOnce() {
        server.failTimes("volume", 2, new IllegalStateException("flaky"));
        assertThat(client.volume("EURUSD")).isEqualTo("volume:EURUSD");
        assertThat(server.calls("volume")).isEqualTo(3);
        assertThat(waits.sleeps()).hasSize(2);
        assertThat(registry.get("rates-retried").getMetrics().successCount()).isEqualTo(1);
        assertThat(registry.get("rates-retried").getMetrics().failureCount()).isZero();
    }

    @Test
    void aDefaultMethodThatIsNoRestCallRunsUntouched() {
        assertThat(client.describe()).isEqualTo("rates client");
        assertThat(client.noHistory("EURUSD", new RatesUnavailable("x"))).isEqualTo("no history of EURUSD: RatesUnavailable");
        assertThat(registry.all()).extracting(CircuitBreaker::name)
                .noneMatch(name -> name.endsWith(".describe") || name.endsWith(".noHistory"));
        assertThat(registry.get("rates-api").getMetrics().totalCalls()).isZero();
    }

    /** @return the classes every stand-in's deployment has */
    static TestDeployment of(Class<?>... more) {
        Class<?>[] classes = new Class<?>[more.length + 3];
        classes[0] = RatesApi.class;
        classes[1] = RatesServer.class;
        classes[2] = RecordingRetryScheduler.class;
        System.arraycopy(more, 0, classes, 3, more.length);
        return TestDeployment.of(classes);
    }
}
