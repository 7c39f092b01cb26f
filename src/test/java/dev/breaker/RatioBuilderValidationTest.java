package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder methods of ratio mode and slow calls: each invalid value names the breaker, setting, value and range. */
class RatioBuilderValidationTest {
    private final CircuitBreaker.Builder builder = CircuitBreaker.builder("payments");

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -0.5, 1.0000000000000002, 2, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY})
    void failureRatioOutsideItsRange(double ratio) {
        assertThatThrownBy(() -> builder.failureRatio(ratio))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': failureRatio = " + ratio
                        + " is not allowed: it must be a number above 0 and at most 1, such as 0.5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void windowSizeOutsideItsRange(int size) {
        assertThatThrownBy(() -> builder.windowSize(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': windowSize = " + size
                        + " is not allowed: it must be an integer from 1 to 100000");
    }

    @Test
    void windowDurationOutsideItsRange() {
        for (Duration duration : new Duration[] {Duration.ZERO, Duration.ofNanos(-1), Duration.ofHours(1).plusNanos(1),
                Duration.ofDays(1)}) {
            assertThatThrownBy(() -> builder.windowDuration(duration))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Circuit breaker 'payments': windowDuration = " + duration
                            + " is not allowed: it must be a duration above zero and at most 1h");
        }
        assertThatThrownBy(() -> builder.windowDuration(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': windowDuration = null is not allowed: give a value");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void minimumCallsBelowOne(int calls) {
        assertThatThrownBy(() -> builder.minimumCalls(calls))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': minimumCalls = " + calls
                        + " is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void slowCallDurationNotAboveZero() {
        for (Duration duration : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
            assertThatThrownBy(() -> builder.slowCallDuration(duration))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Circuit breaker 'payments': slowCallDuration = " + duration
                            + " is not allowed: it must be a duration above zero");
        }
        assertThatThrownBy(() -> builder.slowCallDuration(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': slowCallDuration = null is not allowed: give a value");
    }

    @Test
    void minimumCallsAboveACountWindowIsRefusedWhenBuilt() {
        CircuitBreaker.Builder above = builder.failureRatio(0.5).windowSize(10).minimumCalls(11);
        assertThatThrownBy(above::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Circuit breaker 'payments': minimumCalls = 11 is not allowed with windowSize = 10: a count"
                        + " window never holds more than windowSize calls, so it could never open");
    }

    @Test
    void minimumCallsAboveTheWindowSizeIsAllowedForATimeWindowAndOutsideRatioMode() {
        assertThat(CircuitBreaker.builder("time").failureRatio(0.5).windowSize(10).minimumCalls(11)
                .windowDuration(Duration.ofSeconds(5)).build().settings().minimumCallsOrDefault()).isEqualTo(11);
        assertThat(CircuitBreaker.builder("consecutive").windowSize(10).minimumCalls(11).build().settings().ratioMode())
                .isFalse();
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        BreakerSettings settings = builder.failureRatio(1.0).windowSize(100_000).minimumCalls(100_000)
                .slowCallDuration(Duration.ofNanos(1)).build().settings();
        assertThat(settings.failureRatio()).hasValue(1.0);
        assertThat(settings.windowSize()).isEqualTo(100_000);
        assertThat(CircuitBreaker.builder("smallest").failureRatio(Double.MIN_VALUE).windowSize(1).minimumCalls(1)
                .windowDuration(Duration.ofNanos(1)).build().settings().windowDuration()).contains(Duration.ofNanos(1));
        assertThat(CircuitBreaker.builder("hour").failureRatio(0.5).windowDuration(Duration.ofHours(1)).build()
                .settings().windowDuration()).contains(Duration.ofHours(1));
    }

    @Test
    void aRefusedValueLeavesTheBuilderAsItWas() {
        builder.failureRatio(0.25);
        assertThatThrownBy(() -> builder.failureRatio(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().settings().failureRatio()).hasValue(0.25);
    }
}
