package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A trial still unfinished one open timeout after its admission counts as failed then, and reopens the breaker. */
class OverdueTrialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final List<BreakerStateChanged> changes = new ArrayList<>();
    private final CircuitBreaker breaker = CircuitBreaker.builder("overdue").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(2).clock(clock).listener(changes::add).build();

    private CompletableFuture<String> hangingTrial() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        CompletableFuture<String> hanging = new CompletableFuture<>();
        breaker.callAsync(() -> hanging);
        return hanging;
    }

    @Test
    void aTrialThatNeverReturnsReopensTheBreakerOneTimeoutAfterAdmission() {
        hangingTrial();
        clock.advance(TIMEOUT.minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);

        clock.advanceNanos(1);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.lastFailureTime()).contains(FakeClock.START.plus(TIMEOUT.multipliedBy(2)));
    }

    @Test
    void theReopenIsDatedWhenTheTrialBecameOverdueEvenWhenNoticedLater() {
        hangingTrial();
        clock.advance(TIMEOUT.plusSeconds(4));

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        BreakerStateChanged reopen = changes.get(changes.size() - 1);
        assertThat(reopen.from()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(reopen.to()).isEqualTo(CircuitState.OPEN);
        assertThat(reopen.at()).isEqualTo(FakeClock.START.plus(TIMEOUT.multipliedBy(2)));
    }

    @Test
    void aBreakerLeftAloneCatchesUpOnEveryStepItMissed() {
        hangingTrial();
        clock.advance(TIMEOUT.multipliedBy(2).plusSeconds(1));

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN); // reopened at 20 s, half open again at 30 s
        assertThat(changes).extracting(BreakerStateChanged::to).containsExactly(
                CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.OPEN, CircuitState.HALF_OPEN);
        assertThat(changes.get(3).at()).isEqualTo(FakeClock.START.plusSeconds(30));
    }

    @Test
    void theHungCallsLateSuccessCountsForNothing() {
        CompletableFuture<String> hanging = hangingTrial();
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);

        hanging.complete("late");

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().successCount()).isZero();
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void aTrialThatFinishesInTimeIsNotOverdue() {
        CompletableFuture<String> trial = hangingTrial();
        clock.advance(TIMEOUT.minusNanos(1));
        trial.complete("in time");
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }

    @Test
    void onlyTheOverdueTrialCountsAsFailed() {
        hangingTrial();
        clock.advance(Duration.ofSeconds(5));
        CompletionStage<String> younger = breaker.callAsync(CompletableFuture::new);
        clock.advance(Duration.ofSeconds(5));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
        assertThat(younger.toCompletableFuture()).isNotDone();
    }
}
