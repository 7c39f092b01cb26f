package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A thread that read the clock, then was preempted while other threads reopened and half-opened the
 * breaker, must not date its trial from its old reading: the trial would be overdue (counted as failed,
 * reopening the breaker) the moment it was admitted.
 */
class TrialAdmittedWithStaleClockReadingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aTrialIsDatedNoEarlierThanTheHalfOpenPeriodThatAdmitsIt() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("stale").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(1).clock(clock).build();
        Calls.fail(breaker); // OPEN at 0 s
        clock.advance(TIMEOUT); // 10 s
        clock.onNextRead(() -> { // our thread has read 10 s; meanwhile, other threads:
            Calls.fail(breaker); // take the trial at 10 s and fail it: OPEN at 10 s
            clock.advance(TIMEOUT.plusSeconds(5));
            assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN); // HALF_OPEN since 20 s; now 25 s
        });
        CircuitState[] duringTrial = new CircuitState[1];

        breaker.run(() -> duringTrial[0] = breaker.state());

        assertThat(duringTrial[0]).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }
}
