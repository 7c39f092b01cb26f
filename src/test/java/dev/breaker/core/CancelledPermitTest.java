package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The third end of a permit: its caller gave up on the call (a cancelled {@code Uni} subscription). It
 * counts as neither success nor failure in any state, and a HALF_OPEN trial frees its place at once.
 */
class CancelledPermitTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("cancelled").failureThreshold(2).timeout(TIMEOUT)
            .halfOpenMaxCalls(2).clock(clock).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);

    private void fail() {
        machine.onThrowable(machine.acquire(), new IllegalStateException("down"));
    }

    private void halfOpen() {
        fail();
        fail();
        clock.advance(TIMEOUT);
        assertThat(machine.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void aCancelledClosedCallCountsAsNothingAndLeavesTheConsecutiveFailuresAsTheyWere() {
        fail();
        machine.onCancelled(machine.acquire());
        assertThat(machine.consecutiveFailures()).isEqualTo(1);
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.successCount()).isZero();
        assertThat(metrics.failureCount()).isEqualTo(1);
        assertThat(metrics.totalCalls()).isEqualTo(1);

        fail();
        assertThat(machine.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aCancelledTrialFreesItsPlaceAndDecidesNothing() {
        halfOpen();
        Permit first = machine.acquire();
        Permit second = machine.acquire();
        assertThatThrownBy(machine::acquire).isInstanceOf(BreakerOpenException.class);
        assertThat(machine.trialsInFlight()).isEqualTo(2);

        machine.onCancelled(first);
        assertThat(machine.trialsInFlight()).isEqualTo(1);
        assertThat(machine.state()).isEqualTo(CircuitState.HALF_OPEN);
        Permit third = machine.acquire();

        machine.onSuccess(second);
        assertThat(machine.state()).isEqualTo(CircuitState.HALF_OPEN);
        machine.onSuccess(third);
        assertThat(machine.state()).isEqualTo(CircuitState.CLOSED);
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.successCount()).isEqualTo(2);
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.rejectedCount()).isEqualTo(1);
    }

    @Test
    void aCancelledTrialIsNeverFoundOverdue() {
        halfOpen();
        machine.onCancelled(machine.acquire());
        clock.advance(TIMEOUT.multipliedBy(3));
        assertThat(machine.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void cancellingATrialAlreadyOverdueChangesNothing() {
        halfOpen();
        Permit hung = machine.acquire();
        clock.advance(TIMEOUT);
        machine.onCancelled(hung); // catches up first: the trial failed at its deadline
        assertThat(machine.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(3);
    }

    @Test
    void aCancellationAfterTheResultChangesNothing() {
        halfOpen();
        Permit trial = machine.acquire();
        machine.onSuccess(trial);
        machine.onCancelled(trial);
        Permit next = machine.acquire();
        assertThatThrownBy(machine::acquire).isInstanceOf(BreakerOpenException.class);
        machine.onSuccess(next);
        assertThat(machine.state()).isEqualTo(CircuitState.CLOSED);
    }
}
