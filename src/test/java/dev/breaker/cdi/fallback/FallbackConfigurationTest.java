package dev.breaker.cdi.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.testing.TestDeployment;
import java.io.IOException;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** fallback.<name>.enabled for one method, fallback.enabled for every method. */
class FallbackConfigurationTest {
    private static final String PRICE = "fallback.dev.breaker.cdi.fallback.PriceClient.price.enabled";

    @FunctionalInterface
    private interface ContainerTest {
        void run(WeldContainer container) throws Exception;
    }

    private static void with(TestDeployment deployment, ContainerTest test) throws Exception {
        try (WeldContainer container = deployment.weld().initialize()) {
            test.run(container);
        }
    }

    @Test
    void aFallbackTurnedOffLetsTheFailureThroughAndOnlyThere() throws Exception {
        with(TestDeployment.of(PriceClient.class).config(PRICE, "false"), container -> {
            PriceClient client = container.select(PriceClient.class).get();
            assertThatThrownBy(() -> client.price("BTC")).isInstanceOf(IOException.class);
            assertThat(client.priceWithReason("BTC")).isEqualTo("BTC=100 (price feed down)");
        });
    }

    @Test
    void everyFallbackCanBeTurnedOffAndOneTurnedBackOn() throws Exception {
        with(TestDeployment.of(PriceClient.class).config("fallback.enabled", "false").config(PRICE, "TRUE"), container -> {
            PriceClient client = container.select(PriceClient.class).get();
            assertThatThrownBy(() -> client.priceWithReason("BTC")).isInstanceOf(IOException.class);
            assertThat(client.price("BTC")).isEqualTo("BTC=100 (last known)");
        });
    }

    @Test
    void aFallbackNamedOnlyInAnAbstractSuperclassIsFoundInTheBean() throws Exception {
        with(TestDeployment.of(AbstractFeed.class, NewsFeed.class), container ->
                assertThat(container.select(NewsFeed.class).get().headlines()).isEqualTo("offline: feed moved"));
    }
}
