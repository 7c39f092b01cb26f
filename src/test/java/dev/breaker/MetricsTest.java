package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lifetime counters, the totalCalls invariant, the times of the last success and failure. */
class MetricsTest {
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("metrics").failureThreshold(2)
            .timeout(Duration.ofSeconds(10)).halfOpenMaxCalls(1).clock(clock).build();

    @Test
    void aNewBreakerHasNothingToReport() {
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(metrics.totalCalls()).isZero();
        assertThat(metrics.stateChanges()).isZero();
        assertThat(metrics.lastFailureTime()).isEmpty();
        assertThat(metrics.lastSuccessTime()).isEmpty();
        assertThat(metrics.failureRate()).isZero();
    }

    @Test
    void countsEveryKindOfCallAndAddsThemUp() throws Exception {
        Calls.succeed(breaker);
        clock.advance(Duration.ofMillis(1500));
        Calls.fail(breaker);
        clock.advance(Duration.ofMillis(500));
        Calls.fail(breaker);
        Calls.rejected(breaker);
        Calls.rejected(breaker);

        BreakerMetrics metrics = breaker.getMetrics();

        assertThat(metrics.successCount()).isEqualTo(1);
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.rejectedCount()).isEqualTo(2);
        assertThat(metrics.totalCalls()).isEqualTo(5);
        assertThat(metrics.state()).isEqualTo(CircuitState.OPEN);
        assertThat(metrics.stateChanges()).isEqualTo(1);
        assertThat(metrics.lastSuccessTime()).contains(FakeClock.START);
        assertThat(metrics.lastFailureTime()).contains(FakeClock.START.plusSeconds(2));
        assertThat(metrics.failureRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void aLaterSuccessMovesTheLastSuccessTime() throws Exception {
        Calls.succeed(breaker);
        clock.advance(Duration.ofSeconds(3));
        Calls.succeed(breaker);
        assertThat(breaker.getMetrics().lastSuccessTime()).contains(FakeClock.START.plusSeconds(3));
    }

    @Test
    void countsEveryStateChange() throws Exception {
        Calls.fail(breaker, 2);
        clock.advance(Duration.ofSeconds(10));
        Calls.succeed(breaker);
        Calls.fail(breaker, 2);
        clock.advance(Duration.ofSeconds(10));
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(6);
    }

    @Test
    void countsEveryOpeningFromClosedAndFromHalfOpen() throws Exception {
        assertThat(breaker.getMetrics().openedCount()).isZero();
        Calls.fail(breaker, 2);
        assertThat(breaker.getMetrics().openedCount()).as("CLOSED -> OPEN").isEqualTo(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.getMetrics().openedCount()).as("OPEN -> HALF_OPEN is no opening").isEqualTo(1);
        Calls.fail(breaker);
        assertThat(breaker.getMetrics().openedCount()).as("HALF_OPEN -> OPEN").isEqualTo(2);
        breaker.reset();
        assertThat(breaker.getMetrics().openedCount()).as("reset() keeps the lifetime count").isEqualTo(2);
        Calls.fail(breaker, 2);
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.openedCount()).isEqualTo(3);
        assertThat(metrics.stateChanges()).isEqualTo(5);
    }

    @Test
    void aSuccessThatBringsTheRatioToItsLimitCountsAsAnOpening() throws Exception {
        CircuitBreaker ratio = CircuitBreaker.builder("ratio").failureRatio(0.5).windowSize(2).minimumCalls(2)
                .clock(clock).build();
        Calls.fail(ratio);
        assertThat(ratio.getMetrics().openedCount()).isZero();
        Calls.succeed(ratio);
        assertThat(ratio.state()).as("one failure in two outcomes reaches 0.5").isEqualTo(CircuitState.OPEN);
        assertThat(ratio.getMetrics().openedCount()).isEqualTo(1);
    }

    @Test
    void theOlderConstructorsReportNoOpening() {
        Optional<Instant> none = Optional.empty();
        assertThat(new BreakerMetrics(CircuitState.OPEN, 1, 2, 3, 4, none, none).openedCount()).isZero();
        assertThat(new BreakerMetrics(CircuitState.OPEN, 1, 2, 3, 4, none, none, java.util.OptionalDouble.of(0.5))
                .openedCount()).isZero();
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.CLOSED, 0, 0, 0, 0, -1, none, none,
                java.util.OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSnapshotRefusesNegativeCountsAndNulls() {
        Optional<Instant> none = Optional.empty();
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.CLOSED, -1, 0, 0, 0, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.CLOSED, 0, -1, 0, 0, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.CLOSED, 0, 0, -1, 0, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.CLOSED, 0, 0, 0, -1, none, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakerMetrics(null, 0, 0, 0, 0, none, none))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.OPEN, 0, 0, 0, 0, null, none))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerMetrics(CircuitState.OPEN, 0, 0, 0, 0, none, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new BreakerMetrics(CircuitState.OPEN, 0, 0, 0, 0, none, none).totalCalls()).isZero();
    }
}
