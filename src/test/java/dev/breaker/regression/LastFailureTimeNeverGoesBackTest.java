package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A trial found overdue late is counted as failed when it became overdue, which may be before a failure
 * already counted: lastFailureTime must stay the latest failure, not go back to the overdue one.
 */
class LastFailureTimeNeverGoesBackTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void anOverdueTrialNoticedLateDoesNotMoveTheLastFailureBack() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("latest").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(1).clock(clock).build();
        CompletableFuture<String> fromClosed = new CompletableFuture<>();
        breaker.callAsync(() -> fromClosed); // admitted while CLOSED, still running
        Calls.fail(breaker); // OPEN at 0 s
        clock.advance(TIMEOUT);
        breaker.callAsync(CompletableFuture::new); // a trial at 10 s that never returns: overdue at 20 s
        clock.advance(TIMEOUT.plusSeconds(5));
        fromClosed.completeExceptionally(new Calls.Boom()); // a late failure at 25 s

        BreakerMetrics metrics = breaker.getMetrics(); // finds the overdue trial now

        assertThat(metrics.state()).isEqualTo(CircuitState.OPEN);
        assertThat(metrics.failureCount()).isEqualTo(3);
        assertThat(metrics.lastFailureTime()).contains(FakeClock.START.plusSeconds(25));
    }
}
