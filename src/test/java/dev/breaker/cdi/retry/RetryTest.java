package dev.breaker.cdi.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class RetryTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(InventoryClient.class, CatalogClient.class, RecordingRetryScheduler.class)
            .config("retry.jitter", "0")
            .config("breaker.downstream.failure-threshold", "1")
            .initiator();

    @Inject
    InventoryClient inventory;
    @Inject
    CatalogClient catalog;
    @Inject
    RecordingRetryScheduler waits;
    @Inject
    CircuitBreakerRegistry breakers;

    @Test
    void retriesUntilAnAttemptSucceedsWaitingLongerEachTime() throws Exception {
        inventory.succeedAfter(2);
        assertThat(inventory.stock("sku-1")).isEqualTo("sku-1:12");
        assertThat(inventory.runs()).isEqualTo(3);
        assertThat(waits.sleeps()).containsExactly(50L, 150L);
    }

    @Test
    void throwsTheLastFailureAfterMaxAttemptsWithEveryWaitCapped() {
        assertThatThrownBy(() -> inventory.stock("sku-1")).isInstanceOf(IOException.class).hasMessage("attempt 4");
        assertThat(waits.sleeps()).containsExactly(50L, 150L, 400L);
    }

    @Test
    void abortOnEndsTheAttemptsAtOnceAndWinsOverRetryOn() {
        assertThatThrownBy(() -> inventory.restricted(new FileNotFoundException("gone")))
                .isInstanceOf(FileNotFoundException.class);
        assertThat(inventory.runs()).isEqualTo(1);
        assertThat(waits.sleeps()).isEmpty();
    }

    @Test
    void aFailureNotInRetryOnIsNotRetried() {
        assertThatThrownBy(() -> inventory.restricted(new IllegalStateException("a bug")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(inventory.runs()).isEqualTo(1);
    }

    @Test
    void aFailureInRetryOnIsRetried() {
        assertThatThrownBy(() -> inventory.restricted(new IOException("flaky"))).isInstanceOf(IOException.class);
        assertThat(inventory.runs()).isEqualTo(5);
    }

    @Test
    void neverRetriesABreakersRejection() throws Exception {
        CircuitBreaker downstream = breakers.get("downstream");
        assertThatThrownBy(() -> downstream.call(() -> {
            throw new IOException("opens it");
        })).isInstanceOf(IOException.class);

        assertThatThrownBy(() -> inventory.through(downstream)).isInstanceOf(BreakerOpenException.class);
        assertThat(inventory.runs()).isEqualTo(1);
        assertThat(waits.sleeps()).isEmpty();
    }

    @Test
    void leftOutMembersTakeConfigurationThenTheBuiltInDefaults() {
        assertThatThrownBy(() -> inventory.everythingLeftOut()).isInstanceOf(IOException.class);
        assertThat(inventory.runs()).isEqualTo(3);
        assertThat(waits.sleeps()).containsExactly(1000L, 2000L);
    }

    @Test
    void aTypeLevelAnnotationCoversEveryBusinessMethod() {
        assertThatThrownBy(() -> catalog.item()).isInstanceOf(IOException.class);
        assertThat(catalog.runs()).isEqualTo(2);
        assertThat(waits.sleeps()).containsExactly(5L);
    }

    @Test
    void aMethodsOwnAnnotationWinsOverItsTypesAsAWhole() {
        assertThatThrownBy(() -> catalog.featured()).isInstanceOf(IOException.class);
        assertThat(catalog.runs()).isEqualTo(4);
        // baseDelayMillis is left out on the method: the default, not the type's 5 ms
        assertThat(waits.sleeps()).containsExactly(1000L, 2000L, 4000L);
    }
}
