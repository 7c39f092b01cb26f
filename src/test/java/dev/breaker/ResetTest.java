package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** reset() forces CLOSED and forgets consecutive failures and trials; lifetime counters stay. */
class ResetTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final List<BreakerStateChanged> changes = new ArrayList<>();
    private final CircuitBreaker breaker = CircuitBreaker.builder("reset").failureThreshold(2).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).clock(clock).listener(changes::add).build();

    @Test
    void closesAnOpenBreakerAndKeepsLifetimeCounters() throws Exception {
        Calls.succeed(breaker);
        Calls.fail(breaker, 2);
        Calls.rejected(breaker);
        clock.advance(Duration.ofSeconds(1));

        breaker.reset();

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.successCount()).isEqualTo(1);
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.rejectedCount()).isEqualTo(1);
        assertThat(metrics.totalCalls()).isEqualTo(4);
        assertThat(metrics.stateChanges()).isEqualTo(2);
        BreakerStateChanged last = changes.get(changes.size() - 1);
        assertThat(last.from()).isEqualTo(CircuitState.OPEN);
        assertThat(last.to()).isEqualTo(CircuitState.CLOSED);
        assertThat(last.at()).isEqualTo(FakeClock.START.plusSeconds(1));
    }

    @Test
    void forgetsConsecutiveFailures() {
        Calls.fail(breaker);
        breaker.reset();
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(changes).isEmpty(); // CLOSED -> CLOSED is not a transition
        assertThat(breaker.getMetrics().stateChanges()).isZero();
    }

    @Test
    void forgetsTrials() throws Exception {
        Calls.fail(breaker, 2);
        clock.advance(TIMEOUT);
        breaker.callAsync(CompletableFuture::new); // takes the only trial permit and never returns
        Calls.rejected(breaker);

        breaker.reset();

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.succeed(breaker);
        assertThat(changes).extracting(BreakerStateChanged::to)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
    }

    @Test
    void aBreakerOpenLongEnoughIsResetFromHalfOpen() {
        Calls.fail(breaker, 2);
        clock.advance(TIMEOUT);
        breaker.reset();
        assertThat(changes).extracting(BreakerStateChanged::from)
                .containsExactly(CircuitState.CLOSED, CircuitState.OPEN, CircuitState.HALF_OPEN);
    }
}
