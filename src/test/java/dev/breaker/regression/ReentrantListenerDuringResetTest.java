package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * reset() first brings the breaker up to date with the clock, which fires transitions; a listener that
 * reacts by calling through the breaker moves it again before reset() gets to swap in CLOSED. reset()
 * must still end CLOSED, not give up on a phase that is no longer current.
 */
class ReentrantListenerDuringResetTest {
    @Test
    void resetEndsClosedEvenWhenAListenerMovesTheBreakerMeanwhile() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker[] self = new CircuitBreaker[1];
        self[0] = CircuitBreaker.builder("reentrant").failureThreshold(1).timeout(Duration.ofSeconds(1))
                .halfOpenMaxCalls(1).clock(clock).listener(change -> {
                    if (change.to() == CircuitState.HALF_OPEN) {
                        Calls.fail(self[0]); // a trial, failing: HALF_OPEN -> OPEN, inside the transition
                    }
                }).build();
        Calls.fail(self[0]);
        clock.advance(Duration.ofSeconds(1));

        self[0].reset();

        assertThat(self[0].state()).isEqualTo(CircuitState.CLOSED);
        assertThat(self[0].getMetrics().stateChanges()).isEqualTo(4);
    }
}
