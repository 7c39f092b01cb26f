package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Timeouts of any size work: nothing overflows, the breaker simply stays open. */
class HugeTimeoutTest {
    static Stream<Duration> hugeTimeouts() {
        return Stream.of(Duration.ofDays(365L * 1000), ChronoUnit.FOREVER.getDuration(),
                Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofNanos(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("hugeTimeouts")
    void aHugeTimeoutKeepsTheBreakerOpen(Duration timeout) {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("huge").failureThreshold(1).timeout(timeout).clock(clock).build();
        Calls.fail(breaker);
        clock.advance(Duration.ofDays(365L * 100));

        BreakerOpenException rejection = Calls.rejected(breaker);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(rejection.retryAfter()).isGreaterThan(Duration.ofDays(365L * 190));
        assertThat(rejection.getMessage()).contains("OPEN");
        assertThat(breaker.getMetrics().state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.settings().timeout()).isEqualTo(timeout);
    }

    @ParameterizedTest
    @MethodSource("hugeTimeouts")
    void aHugeTimeoutWorksOnAClockAboutToWrap(Duration timeout) {
        FakeClock clock = FakeClock.nearWrap();
        CircuitBreaker breaker = CircuitBreaker.builder("huge-wrap").failureThreshold(1).timeout(timeout).clock(clock).build();
        Calls.fail(breaker);
        clock.advance(Duration.ofDays(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isGreaterThan(Duration.ofDays(365L * 190));
        breaker.reset();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aHugeTimeoutAlsoBoundsHowLongATrialMayRun() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("huge-trial").failureThreshold(1)
                .timeout(Duration.ofDays(365L * 1000)).halfOpenMaxCalls(1).clock(clock).build();
        Calls.fail(breaker);
        breaker.reset();
        assertThat(breaker.call(() -> "fine")).isEqualTo("fine");
    }
}
