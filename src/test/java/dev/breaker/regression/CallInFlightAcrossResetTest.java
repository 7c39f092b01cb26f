package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A call still running when reset() happens changes no state when it finishes, and counts once. */
class CallInFlightAcrossResetTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("reset-flight").failureThreshold(1)
            .timeout(TIMEOUT).halfOpenMaxCalls(1).clock(clock).build();

    @Test
    void aClosedCallFailingAfterResetDoesNotOpenTheNewClosedPeriod() {
        CompletableFuture<String> inFlight = new CompletableFuture<>();
        CompletionStage<String> call = breaker.callAsync(() -> inFlight);
        breaker.reset();

        inFlight.completeExceptionally(new Calls.Boom());

        assertThat(call.toCompletableFuture()).isCompletedExceptionally();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }

    @Test
    void aTrialFailingAfterResetDoesNotReopen() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        CompletableFuture<String> trial = new CompletableFuture<>();
        breaker.callAsync(() -> trial);
        breaker.reset();

        trial.completeExceptionally(new Calls.Boom());

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
        assertThat(breaker.getMetrics().totalCalls()).isEqualTo(2);
    }

    @Test
    void aTrialSucceedingAfterResetCountsOnceAndChangesNothing() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        CompletableFuture<String> trial = new CompletableFuture<>();
        breaker.callAsync(() -> trial);
        breaker.reset();
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);

        trial.complete("late");

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(5);
    }
}
