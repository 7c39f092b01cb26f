package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** CLOSED: consecutive failures reaching the threshold open the breaker; a success starts the count over. */
class ClosedStateTest {
    private final FakeClock clock = FakeClock.atZero();

    private CircuitBreaker breaker(int threshold) {
        return CircuitBreaker.builder("closed").failureThreshold(threshold).timeout(Duration.ofSeconds(10))
                .clock(clock).build();
    }

    @Test
    void startsClosedAndRunsCalls() throws Exception {
        CircuitBreaker breaker = breaker(3);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.call(() -> 42)).isEqualTo(42);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void opensWhenConsecutiveFailuresReachTheThreshold() {
        CircuitBreaker breaker = breaker(3);
        Calls.fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        Calls.rejected(breaker);
    }

    @Test
    void aSuccessSetsTheCountBackToZero() throws Exception {
        CircuitBreaker breaker = breaker(3);
        Calls.fail(breaker, 2);
        Calls.succeed(breaker);
        Calls.fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aThresholdOfOneOpensOnTheFirstFailure() {
        CircuitBreaker breaker = breaker(1);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aDisabledBreakerCountsButNeverOpens() {
        CircuitBreaker breaker = CircuitBreaker.builder("off").failureThreshold(1).enabled(false).clock(clock).build();
        Calls.fail(breaker, 5);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(5);
        assertThat(breaker.getMetrics().stateChanges()).isZero();
    }

    @Test
    void defaultsAreFiveFailuresSixtySecondsThreeTrials() {
        CircuitBreaker breaker = CircuitBreaker.builder("defaults").clock(clock).build();
        assertThat(breaker.settings()).isEqualTo(BreakerSettings.defaults());
        Calls.fail(breaker, 4);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(60).minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advanceNanos(1);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }
}
