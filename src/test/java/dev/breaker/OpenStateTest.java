package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** OPEN: calls are rejected without running; the breaker turns HALF_OPEN from the clock alone. */
class OpenStateTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("open").failureThreshold(1).timeout(TIMEOUT)
            .clock(clock).build();

    @Test
    void rejectsWithTheBreakerNameStateAndTimeLeft() {
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(4));

        BreakerOpenException rejection = Calls.rejected(breaker);

        assertThat(rejection.breakerName()).isEqualTo("open");
        assertThat(rejection.state()).isEqualTo(CircuitState.OPEN);
        assertThat(rejection.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(rejection.getMessage()).contains("'open'", "OPEN", "6000 ms");
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(breaker.getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void aRejectionIsCheapAndCarriesNoStackTrace() {
        Calls.fail(breaker);
        assertThat(Calls.rejected(breaker).getStackTrace()).isEmpty();
    }

    @Test
    void staysOpenUntilTheTimeoutHasPassed() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT.minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofNanos(1));
        Calls.rejected(breaker);
    }

    @Test
    void isHalfOpenWhenTheTimeoutHasPassedWithNoCall() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.retryAfter()).isZero();
    }

    @Test
    void metricsReportHalfOpenWithNoCall() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT.plusSeconds(3));
        BreakerMetrics metrics = breaker.getMetrics();
        assertThat(metrics.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(metrics.stateChanges()).isEqualTo(2);
    }

    @Test
    void aLateTrialCallIsAdmittedLongAfterTheTimeout() throws Exception {
        Calls.fail(breaker);
        clock.advance(TIMEOUT.multipliedBy(100));
        Calls.succeed(breaker);
        Calls.succeed(breaker);
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }
}
