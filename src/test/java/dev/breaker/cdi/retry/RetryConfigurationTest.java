package dev.breaker.cdi.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import java.io.IOException;
import java.util.function.Consumer;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** MicroProfile Config overrides, most specific first: retry.<name>.<key>, the member, retry.<key>, the default. */
class RetryConfigurationTest {
    private static final String STOCK = "retry.dev.breaker.cdi.retry.InventoryClient.stock.";
    private static final String LEFT_OUT = "retry.dev.breaker.cdi.retry.InventoryClient.everythingLeftOut.";

    private static TestDeployment deployment() {
        return TestDeployment.of(InventoryClient.class, RecordingRetryScheduler.class);
    }

    private static void with(TestDeployment deployment, Consumer<WeldContainer> test) {
        try (WeldContainer container = deployment.weld().initialize()) {
            test.accept(container);
        }
    }

    @Test
    void aMethodsOwnKeyBeatsTheAnnotation() {
        with(deployment().config(STOCK + "max-attempts", "6").config(STOCK + "base-delay", "250ms")
                .config(STOCK + "multiplier", "1.5").config(STOCK + "max-delay", "PT0.5S"), container -> {
            InventoryClient client = container.select(InventoryClient.class).get();
            assertThatThrownBy(() -> client.stock("sku")).isInstanceOf(IOException.class).hasMessage("attempt 6");
            assertThat(container.select(RecordingRetryScheduler.class).get().sleeps())
                    .containsExactly(250L, 375L, 500L, 500L, 500L);
        });
    }

    @Test
    void theDefaultForEveryMethodFillsOnlyWhatTheAnnotationLeavesOut() {
        with(deployment().config("retry.max-attempts", "2").config("retry.base-delay", "7ms"), container -> {
            InventoryClient client = container.select(InventoryClient.class).get();
            RecordingRetryScheduler waits = container.select(RecordingRetryScheduler.class).get();
            assertThatThrownBy(client::everythingLeftOut).isInstanceOf(IOException.class);
            assertThat(client.runs()).isEqualTo(2);
            assertThat(waits.sleeps()).singleElement().satisfies(wait -> assertThat(wait).isBetween(5L, 9L));

            assertThatThrownBy(() -> client.stock("sku")).isInstanceOf(IOException.class).hasMessage("attempt 6");
        });
    }

    @Test
    void aMethodCanBeTurnedOff() {
        with(deployment().config(LEFT_OUT + "enabled", "false"), container -> {
            InventoryClient client = container.select(InventoryClient.class).get();
            assertThatThrownBy(client::everythingLeftOut).isInstanceOf(IOException.class);
            assertThat(client.runs()).isEqualTo(1);
        });
    }

    @Test
    void everyMethodCanBeTurnedOffAndOneTurnedBackOn() {
        with(deployment().config("retry.enabled", "false").config(STOCK + "enabled", "true"), container -> {
            InventoryClient client = container.select(InventoryClient.class).get();
            assertThatThrownBy(client::everythingLeftOut).isInstanceOf(IOException.class);
            assertThat(client.runs()).isEqualTo(1);
            assertThatThrownBy(() -> client.stock("sku")).isInstanceOf(IOException.class).hasMessage("attempt 5");
        });
    }
}
