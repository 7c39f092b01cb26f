package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerClock;
import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreaker;
import dev.breaker.StateChangeListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: {@code null} given to a builder method ({@code failOn}, {@code skipOn}, {@code clock},
 * {@code listener}, {@code settings}) threw {@code NullPointerException}, not the
 * {@code IllegalArgumentException} naming the setting that every other refused value gets.
 */
class NullToBuilderThrowsNullPointerTest {
    private final CircuitBreaker.Builder builder = CircuitBreaker.builder("exchange-api");

    private static String refusal(String setting) {
        return "Circuit breaker 'exchange-api': " + setting + " = null is not allowed: give a value";
    }

    @Test
    void failOn() {
        assertThatThrownBy(() -> builder.failOn((Class<? extends Throwable>[]) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(refusal("failOn"));
    }

    @Test
    void skipOn() {
        assertThatThrownBy(() -> builder.skipOn((Class<? extends Throwable>[]) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(refusal("skipOn"));
    }

    @Test
    void clock() {
        assertThatThrownBy(() -> builder.clock((BreakerClock) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(refusal("clock"));
    }

    @Test
    void listener() {
        assertThatThrownBy(() -> builder.listener((StateChangeListener) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(refusal("listener"));
    }

    @Test
    void settings() {
        assertThatThrownBy(() -> builder.settings((BreakerSettings) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(refusal("settings"));
    }

    @Test
    void timeout() {
        assertThatThrownBy(() -> builder.timeout((Duration) null))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    @Test
    void aRefusedNullChangesNothing() throws Exception {
        assertThatThrownBy(() -> builder.failureThreshold(1).failOn((Class<? extends Throwable>[]) null))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        CircuitBreaker breaker = builder.build(); // the builder keeps what it had
        assertThat(breaker.settings().failOn()).isEmpty();
        assertThat(breaker.settings().failureThreshold()).isEqualTo(1);
    }
}
