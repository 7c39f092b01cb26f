package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** HALF_OPEN: at most halfOpenMaxCalls trials; that many successes close it, the first failure reopens it. */
class HalfOpenStateTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("half").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(2).clock(clock).build();

    private void halfOpen() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void admitsAtMostHalfOpenMaxCallsTrials() {
        halfOpen();
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        breaker.callAsync(() -> first);
        breaker.callAsync(() -> second);

        BreakerOpenException rejection = Calls.rejected(breaker);

        assertThat(rejection.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(rejection.retryAfter()).isZero();
        assertThat(rejection.getMessage()).contains("'half'", "HALF_OPEN");
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void closesAfterHalfOpenMaxCallsSuccesses() throws Exception {
        halfOpen();
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aSuccessfulTrialDoesNotGiveItsPermitBack() throws Exception {
        halfOpen();
        CompletableFuture<String> pending = new CompletableFuture<>();
        breaker.callAsync(() -> pending);
        Calls.succeed(breaker);
        Calls.rejected(breaker); // two admitted in this period: the limit, though one has finished
        pending.complete("ok");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void theFirstFailedTrialReopensAndRestartsTheTimeout() throws Exception {
        halfOpen();
        Calls.succeed(breaker);
        clock.advance(Duration.ofSeconds(3));
        Calls.fail(breaker);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(TIMEOUT);
        clock.advance(TIMEOUT.minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advanceNanos(1);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void aNewHalfOpenPeriodAdmitsAFreshSetOfTrials() throws Exception {
        halfOpen();
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        Calls.succeed(breaker);
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void theResultOfTheOtherTrialAfterAReopenDecidesNothing() {
        halfOpen();
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletionStage<String> slowCall = breaker.callAsync(() -> slow);
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        CompletableFuture<String> next = new CompletableFuture<>();
        breaker.callAsync(() -> next);

        slow.complete("late");

        assertThat(slowCall.toCompletableFuture().join()).isEqualTo("late");
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        next.complete("ok");
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(2);
    }
}
