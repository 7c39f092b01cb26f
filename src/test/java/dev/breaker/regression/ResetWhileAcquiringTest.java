package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A caller that saw the breaker OPEN, then lost the race to a reset() by another thread, is admitted as
 * a call of the new CLOSED period (not a trial of a period that never began).
 */
class ResetWhileAcquiringTest {
    @Test
    void aCallerOvertakenByAResetIsAdmittedAsAClosedCall() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("overtaken").failureThreshold(2)
                .timeout(Duration.ofSeconds(1)).halfOpenMaxCalls(1).clock(clock).build();
        Calls.fail(breaker, 2);
        clock.advance(Duration.ofSeconds(1));
        clock.onNextRead(breaker::reset); // our caller has seen OPEN and read the clock; meanwhile, a reset

        assertThat(breaker.call(() -> "admitted")).isEqualTo("admitted");

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED); // one failure of two: a CLOSED count
    }
}
