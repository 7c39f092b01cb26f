package dev.breaker.cdi.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class FallbackTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(PriceClient.class).initiator();

    @Inject
    PriceClient client;

    @Test
    void answersWithThePrivateFallbackOnTheSameInstance() throws Exception {
        assertThat(client.price("BTC")).isEqualTo("BTC=100 (last known)");
        assertThat(client.price("ETH")).isEqualTo("ETH=100 (last known)");
        assertThat(client.fallbackAnswers()).isEqualTo(2);
    }

    @Test
    void handsTheFailureToAFallbackThatTakesIt() throws Exception {
        assertThat(client.priceWithReason("BTC")).isEqualTo("BTC=100 (price feed down)");
        assertThat(client.received()).singleElement().isInstanceOf(IOException.class);
    }

    @Test
    void answersOnlyApplyOnTypesAndNeverSkipOnTypes() throws Exception {
        assertThat(client.priceOfIo("BTC")).isEqualTo("BTC=100 (last known)");

        client.failWith(new FileNotFoundException("skipped although an IOException"));
        assertThatThrownBy(() -> client.priceOfIo("BTC")).isInstanceOf(FileNotFoundException.class);

        client.failWith(new IllegalStateException("not an IOException"));
        assertThatThrownBy(() -> client.priceOfIo("BTC")).isInstanceOf(IllegalStateException.class);
        assertThat(client.fallbackAnswers()).isEqualTo(1);
    }

    @Test
    void findsAFallbackDeclaredInASuperclass() throws Exception {
        assertThat(client.priceFromBase("BTC")).isEqualTo("BTC=0 (default)");
    }

    @Test
    void theFallbacksOwnFailureReachesTheCaller() {
        assertThatThrownBy(() -> client.priceWithFailingFallback("BTC"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no last known price either");
    }

    @Test
    void aBoxedFallbackAnswersForAPrimitiveMethod() throws Exception {
        assertThat(client.quantity("BTC")).isEqualTo(7);
    }

    @Test
    void answersAFailedStageWithTheFallbacksStage() throws Exception {
        assertThat(client.priceLater("BTC").toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("BTC=100 (later)");
        assertThat(client.received()).singleElement().isInstanceOf(IOException.class);
    }

    @Test
    void answersAStageMethodThatThrowsInsteadOfReturningAStage() throws Exception {
        assertThat(client.priceLaterThrowing("BTC").toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isEqualTo("BTC=100 (later)");
    }

    @Test
    void aSkippedStageFailureReachesTheCallerUnwrapped() {
        CompletableFuture<String> stage = client.priceLaterSkipping("XYZ").toCompletableFuture();
        assertThatThrownBy(() -> stage.get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("no such symbol XYZ");
        assertThat(stage.handle((value, failure) -> failure).join())
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(CompletionException.class);
        assertThat(client.received()).isEmpty();
    }
}
