package dev.breaker.cdi.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** Fallback outermost, then the breaker, then retry innermost, whatever order the annotations are written in. */
@EnableWeld
class FixedOrderTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(QuoteService.class, RecordingRetryScheduler.class).initiator();

    @Inject
    QuoteService service;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    RecordingRetryScheduler waits;

    @Test
    void theBreakerCountsOneFailureForAWholeRunOfRetriesAndTheFallbackAnswersTheLastFailure() throws Exception {
        assertThat(service.quote("BTC")).isEqualTo("BTC=cached");

        assertThat(service.runs()).isEqualTo(3);
        assertThat(waits.sleeps()).containsExactly(100L, 200L);
        BreakerMetrics metrics = registry.get("quotes").getMetrics();
        assertThat(metrics.failureCount()).isEqualTo(1);
        assertThat(metrics.totalCalls()).isEqualTo(1);
        assertThat(metrics.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(service.answered()).singleElement().isInstanceOf(IOException.class);
    }

    @Test
    void theFallbackAnswersTheBreakersRejectionWithoutAnyAttempt() throws Exception {
        service.quote("BTC");
        service.quote("BTC");
        assertThat(registry.get("quotes").state()).isEqualTo(CircuitState.OPEN);
        assertThat(service.runs()).isEqualTo(6);

        assertThat(service.quote("ETH")).isEqualTo("ETH=cached");

        assertThat(service.runs()).isEqualTo(6);
        assertThat(waits.sleeps()).hasSize(4);
        assertThat(service.answered().get(2)).isInstanceOfSatisfying(BreakerOpenException.class,
                rejected -> assertThat(rejected.breakerName()).isEqualTo("quotes"));
        assertThat(registry.get("quotes").getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void theSameOrderHoldsForAStageMethodWhichWaitsWithoutBlocking() {
        CompletableFuture<String> quote = service.quoteLater("BTC").toCompletableFuture();

        assertThat(quote).isNotDone();
        assertThat(service.runs()).isEqualTo(1);
        waits.endNextWait();
        assertThat(quote).isNotDone();
        waits.endNextWait();

        assertThat(quote).isCompletedWithValue("BTC=cached later");
        assertThat(service.runs()).isEqualTo(3);
        assertThat(waits.delays()).containsExactly(100L, 200L);
        assertThat(waits.sleeps()).isEmpty();
        assertThat(registry.get("later-quotes").getMetrics().failureCount()).isEqualTo(1);
        assertThat(service.answered()).singleElement().isInstanceOf(IOException.class);
    }

    @Test
    void aStageMethodsRejectionIsAnsweredToo() {
        for (int run = 0; run < 2; run++) {
            CompletableFuture<String> quote = service.quoteLater("BTC").toCompletableFuture();
            waits.endNextWait();
            waits.endNextWait();
            assertThat(quote).isCompletedWithValue("BTC=cached later");
        }
        assertThat(registry.get("later-quotes").state()).isEqualTo(CircuitState.OPEN);

        assertThat(service.quoteLater("ETH").toCompletableFuture()).isCompletedWithValue("ETH=cached later");
        assertThat(service.runs()).isEqualTo(6);
        assertThat(waits.pendingWaits()).isZero();
        assertThat(service.answered().get(2)).isInstanceOf(BreakerOpenException.class);
    }
}
