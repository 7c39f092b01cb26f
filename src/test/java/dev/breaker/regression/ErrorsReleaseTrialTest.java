package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An Error thrown by a trial reaches the caller as it is, and the trial is counted: no permit stays held. */
class ErrorsReleaseTrialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("errors").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).clock(clock).build();

    private void halfOpen() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
    }

    @Test
    void anAssertionErrorFailsTheTrialAndReachesTheCaller() {
        halfOpen();
        AssertionError error = new AssertionError("broken invariant");
        assertThatThrownBy(() -> breaker.run(() -> {
            throw error;
        })).isSameAs(error);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void aRealStackOverflowFailsTheTrialAndTheNextPeriodAdmitsAgain() throws Exception {
        halfOpen();
        assertThatThrownBy(() -> breaker.call(() -> recurse(0))).isInstanceOf(StackOverflowError.class);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(TIMEOUT);
        assertThat(breaker.call(() -> "recovered")).isEqualTo("recovered");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aStackOverflowInClosedCountsAsAFailure() {
        assertThatThrownBy(() -> breaker.call(() -> recurse(0))).isInstanceOf(StackOverflowError.class);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void anErrorSkippedBySkipOnCountsAsASuccess() {
        CircuitBreaker lenient = CircuitBreaker.builder("lenient").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(1).skipOn(StackOverflowError.class).clock(clock).build();
        Calls.fail(lenient);
        clock.advance(TIMEOUT);
        assertThatThrownBy(() -> lenient.call(() -> recurse(0))).isInstanceOf(StackOverflowError.class);
        assertThat(lenient.state()).isEqualTo(CircuitState.CLOSED);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
