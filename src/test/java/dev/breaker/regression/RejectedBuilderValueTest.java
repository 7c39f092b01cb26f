package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreaker;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A builder setter that refuses a value must not keep it: otherwise every later setter, and build(),
 * fails again, blaming the wrong setting.
 */
class RejectedBuilderValueTest {
    @Test
    @SuppressWarnings("unchecked")
    void aRefusedValueLeavesTheBuilderAsItWas() {
        CircuitBreaker.Builder builder = CircuitBreaker.builder("kept").failureThreshold(4);
        assertThatThrownBy(() -> builder.failureThreshold(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.halfOpenMaxCalls(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.failOn(IOException.class, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.skipOn((Class<? extends Throwable>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skipOn");

        BreakerSettings settings = builder.build().settings();

        assertThat(settings.failureThreshold()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(BreakerSettings.DEFAULT_TIMEOUT);
        assertThat(settings.halfOpenMaxCalls()).isEqualTo(BreakerSettings.DEFAULT_HALF_OPEN_MAX_CALLS);
        assertThat(settings.failOn()).isEmpty();
        assertThat(settings.skipOn()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheArrayAfterwardsDoesNotChangeTheBuilder() {
        Class<? extends Throwable>[] types = new Class[] {IOException.class};
        CircuitBreaker.Builder builder = CircuitBreaker.builder("copied").failOn(types);
        types[0] = null;
        assertThat(builder.build().settings().failOn()).containsExactly(IOException.class);
    }
}
