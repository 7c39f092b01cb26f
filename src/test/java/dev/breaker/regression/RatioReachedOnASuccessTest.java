package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * API.md, "Failure ratio and slow calls": "After an outcome is recorded, the breaker opens when the window
 * holds at least minimum-calls outcomes and failures / outcomes >= the ratio". A success can be the
 * outcome that makes it so: it brings the window up to minimum-calls while the failures already reach
 * the ratio, or (in a time window) it is recorded after older successes have left.
 */
class RatioReachedOnASuccessTest {
    private final FakeClock clock = FakeClock.atZero();

    @Test
    void aSuccessThatBringsTheWindowToMinimumCallsOpensIt() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("count").failureRatio(0.5).windowSize(10).minimumCalls(4)
                .clock(clock).build();
        Calls.outcomes(breaker, "FFF"); // 3 outcomes: below minimum-calls
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);

        Calls.succeed(breaker); // 4 outcomes, 3 failures: 0.75 >= 0.5

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSuccessAfterOlderSuccessesLeftATimeWindowOpensIt() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("time").failureRatio(0.5).windowDuration(Duration.ofSeconds(10))
                .minimumCalls(3).clock(clock).build();
        Calls.outcomes(breaker, "SSSS");
        clock.advance(Duration.ofSeconds(5));
        Calls.outcomes(breaker, "FF"); // 2 of 6
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        clock.advance(Duration.ofSeconds(6)); // the four successes have left; the two failures stay

        Calls.succeed(breaker); // 2 failures of 3 outcomes

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }
}
