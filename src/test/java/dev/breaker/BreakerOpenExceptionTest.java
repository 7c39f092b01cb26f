package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rejection exception: what it carries and what it refuses. */
class BreakerOpenExceptionTest {
    @Test
    void carriesNameStateAndRetryAfter() {
        BreakerOpenException open = new BreakerOpenException("db", CircuitState.OPEN, Duration.ofMillis(1500));
        assertThat(open).isInstanceOf(RuntimeException.class);
        assertThat(open.breakerName()).isEqualTo("db");
        assertThat(open.state()).isEqualTo(CircuitState.OPEN);
        assertThat(open.retryAfter()).isEqualTo(Duration.ofMillis(1500));
        assertThat(open.getMessage()).isEqualTo("Circuit breaker 'db' is OPEN; calls are rejected for another 1500 ms");
        assertThat(open.getCause()).isNull();
    }

    @Test
    void saysWhenEveryTrialIsTaken() {
        BreakerOpenException busy = new BreakerOpenException("db", CircuitState.HALF_OPEN, Duration.ZERO);
        assertThat(busy.getMessage())
                .isEqualTo("Circuit breaker 'db' is HALF_OPEN and every trial call of this period is already taken");
    }

    @Test
    void aClosedBreakerRejectsNothing() {
        assertThatThrownBy(() -> new BreakerOpenException("db", CircuitState.CLOSED, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BreakerOpenException(null, CircuitState.OPEN, Duration.ZERO))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerOpenException("db", null, Duration.ZERO))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerOpenException("db", CircuitState.OPEN, null))
                .isInstanceOf(NullPointerException.class);
    }
}
