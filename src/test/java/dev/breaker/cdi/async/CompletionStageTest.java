package dev.breaker.cdi.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class CompletionStageTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(QuotesService.class).initiator();

    @Inject
    QuotesService service;
    @Inject
    CircuitBreakerRegistry registry;

    private BreakerMetrics quotes() {
        return registry.get("quotes").getMetrics();
    }

    @Test
    void theOutcomeIsTheStagesCompletionNotTheMethodsReturn() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletionStage<String> stage = service.quote(answer);
        assertThat(quotes().totalCalls()).as("nothing counted while the stage runs").isZero();

        answer.completeExceptionally(new IllegalStateException("quote failed"));
        assertThat(quotes().failureCount()).isEqualTo(1);
        assertThat(stage.toCompletableFuture()).isCompletedExceptionally();

        CompletableFuture<String> fine = new CompletableFuture<>();
        CompletableFuture<String> result = service.quoteFuture(fine);
        fine.complete("1.23");
        assertThat(result).isCompletedWithValue("1.23");
        assertThat(quotes().successCount()).isEqualTo(1);
    }

    @Test
    void aRejectionIsAFailedStageAndTheMethodDoesNotRun() {
        for (int i = 0; i < 2; i++) {
            service.quote(CompletableFuture.failedFuture(new IllegalStateException("quote failed")));
        }
        assertThat(registry.get("quotes").state()).isEqualTo(CircuitState.OPEN);
        int runsBefore = service.runs();

        CompletionStage<String> rejected = service.quote(CompletableFuture.completedFuture("never"));

        assertThat(service.runs()).isEqualTo(runsBefore);
        assertThat(rejected.toCompletableFuture()).failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(BreakerOpenException.class);
        assertThat(quotes().rejectedCount()).isEqualTo(1);
    }

    @Test
    void aCheckedExceptionInsteadOfAStageIsAFailedStage() throws IOException {
        CompletionStage<String> stage = service.refuse();
        assertThat(stage.toCompletableFuture()).failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(IOException.class).withMessage("no connection");
        assertThat(registry.get("checked").state()).isEqualTo(CircuitState.OPEN);
    }
}
