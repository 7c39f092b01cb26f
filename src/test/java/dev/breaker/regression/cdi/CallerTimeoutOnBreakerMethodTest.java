package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 through CDI: callers' own timeouts ({@code orTimeout}) on the stage a {@code @Breaker} method
 * returns are the calls' outcomes, so a hanging dependency opens the breaker, and each timed-out call's
 * own stage is cancelled.
 */
@EnableWeld
class CallerTimeoutOnBreakerMethodTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(HangingQuotesClient.class).initiator();

    @Inject
    HangingQuotesClient quotes;
    @Inject
    CircuitBreakerRegistry breakers;

    @Test
    void callersTimeoutsOpenTheBreakerOfAStageMethod() {
        for (int i = 0; i < HangingQuotesClient.THRESHOLD; i++) {
            CompletableFuture<String> quote = quotes.quote().toCompletableFuture().orTimeout(20, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(10)).until(quote::isDone);
            assertThat(quote.handle((value, failure) -> failure).join()).isInstanceOf(TimeoutException.class);
        }

        assertThat(breakers.get(HangingQuotesClient.BREAKER).state()).isEqualTo(CircuitState.OPEN);
        assertThat(breakers.get(HangingQuotesClient.BREAKER).getMetrics().failureCount())
                .isEqualTo(HangingQuotesClient.THRESHOLD);
        assertThat(quotes.calls()).hasSize(HangingQuotesClient.THRESHOLD)
                .allSatisfy(call -> assertThat(call).as("the dependency's stage").isCancelled());

        CompletableFuture<String> rejected = quotes.quote().toCompletableFuture();
        assertThat(rejected.handle((value, failure) -> failure).join()).isInstanceOf(BreakerOpenException.class);
        assertThat(quotes.calls()).hasSize(HangingQuotesClient.THRESHOLD);
    }
}
