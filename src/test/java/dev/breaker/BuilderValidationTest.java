package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid builder values throw IllegalArgumentException naming the breaker, setting, value and range. */
class BuilderValidationTest {
    private final CircuitBreaker.Builder builder = CircuitBreaker.builder("payments");

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void failureThresholdBelowOne(int value) {
        assertThatThrownBy(() -> builder.failureThreshold(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "failureThreshold", "= " + value, "from 1 to 2147483647");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void halfOpenMaxCallsBelowOne(int value) {
        assertThatThrownBy(() -> builder.halfOpenMaxCalls(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "halfOpenMaxCalls", "= " + value, "from 1 to 2147483647");
    }

    @Test
    void zeroNegativeOrMissingTimeout() {
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "timeout", "PT0S", "above zero");
        assertThatThrownBy(() -> builder.timeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "timeout", "PT-0.001S", "above zero");
        assertThatThrownBy(() -> builder.timeout(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "timeout", "null", "above zero");
    }

    @Test
    void theSmallestValuesAreAllowed() {
        CircuitBreaker breaker = builder.failureThreshold(1).halfOpenMaxCalls(1).timeout(Duration.ofNanos(1)).build();
        assertThat(breaker.settings().failureThreshold()).isEqualTo(1);
        assertThat(breaker.settings().halfOpenMaxCalls()).isEqualTo(1);
        assertThat(breaker.settings().timeout()).isEqualTo(Duration.ofNanos(1));
        assertThat(breaker.name()).isEqualTo("payments");
        assertThat(breaker).hasToString("CircuitBreaker[payments, CLOSED]");
    }

    @Test
    void theLargestValuesAreAllowed() {
        CircuitBreaker breaker = builder.failureThreshold(Integer.MAX_VALUE).halfOpenMaxCalls(Integer.MAX_VALUE).build();
        assertThat(breaker.settings().failureThreshold()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNullThrowableTypeIsRefused() {
        assertThatThrownBy(() -> builder.failOn(java.io.IOException.class, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "failOn", "null");
        assertThatThrownBy(() -> builder.skipOn((Class<? extends Throwable>) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("'payments'", "skipOn", "null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankNameIsRefused(String name) {
        assertThatThrownBy(() -> CircuitBreaker.builder(name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void aNullNameIsRefused() {
        assertThatThrownBy(() -> CircuitBreaker.builder(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @Test
    void settingsRecordsAreCheckedToo() {
        assertThatThrownBy(() -> new BreakerSettings(0, Duration.ofSeconds(1), 1, List.of(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureThreshold = 0");
        assertThatThrownBy(() -> new BreakerSettings(1, Duration.ofSeconds(1), 0, List.of(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("halfOpenMaxCalls = 0");
        assertThatThrownBy(() -> new BreakerSettings(1, Duration.ZERO, 1, List.of(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout = PT0S");
    }

    @Test
    void aBuilderCopiesSettings() {
        BreakerSettings settings = new BreakerSettings(7, Duration.ofSeconds(3), 2,
                List.of(java.io.IOException.class), List.of(IllegalStateException.class), false);
        assertThat(builder.settings(settings).build().settings()).isEqualTo(settings);
    }
}
