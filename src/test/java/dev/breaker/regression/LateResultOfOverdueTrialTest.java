package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * A trial whose result arrives after it became overdue counted as failed at that moment, whether or not
 * anyone looked at the breaker in between: its late success must not close the breaker, and the reopen
 * must date from when it became overdue.
 */
class LateResultOfOverdueTrialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("overdue-late").failureThreshold(1)
            .timeout(TIMEOUT).halfOpenMaxCalls(1).clock(clock).build();

    private CompletableFuture<String> trialAdmittedAtTenSeconds() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        CompletableFuture<String> trial = new CompletableFuture<>();
        breaker.callAsync(() -> trial);
        return trial;
    }

    @Test
    void aSuccessArrivingAfterTheTrialWasOverdueDoesNotClose() {
        CompletableFuture<String> trial = trialAdmittedAtTenSeconds();
        clock.advance(TIMEOUT.plusSeconds(5)); // overdue at 20 s; nobody looked; it returns at 25 s

        trial.complete("too late");

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(5)); // reopened at 20 s, not 25 s
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.successCount()).isZero();
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.lastFailureTime()).contains(FakeClock.START.plusSeconds(20));
    }

    @Test
    void aFailureArrivingAfterTheTrialWasOverdueReopensFromTheOverdueMoment() {
        CompletableFuture<String> trial = trialAdmittedAtTenSeconds();
        clock.advance(TIMEOUT.plusSeconds(5));

        trial.completeExceptionally(new Calls.Boom());

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void anotherTrialsEarlierDeadlineEndsThePeriodFirst() {
        CircuitBreaker twoTrials = CircuitBreaker.builder("overdue-two").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(2).clock(clock).build();
        Calls.fail(twoTrials);
        clock.advance(TIMEOUT);
        twoTrials.callAsync(CompletableFuture::new); // admitted at 10 s, never returns: overdue at 20 s
        clock.advance(Duration.ofSeconds(5));
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletionStage<String> secondCall = twoTrials.callAsync(() -> second); // admitted at 15 s
        clock.advance(Duration.ofSeconds(9)); // 24 s: the first trial reopened the breaker at 20 s

        second.complete("late");

        assertThat(secondCall.toCompletableFuture().join()).isEqualTo("late");
        assertThat(twoTrials.state()).isEqualTo(CircuitState.OPEN);
        assertThat(twoTrials.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(twoTrials.getMetrics().failureCount()).isEqualTo(2);
        assertThat(twoTrials.getMetrics().successCount()).isEqualTo(1); // a late call: counted as what it was
    }
}
