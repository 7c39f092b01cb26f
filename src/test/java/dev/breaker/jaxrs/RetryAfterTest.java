package dev.breaker.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry-After: whole seconds, rounded up, at least 1. */
class RetryAfterTest {
    @Test
    void wholeSecondsRoundedUpAndNeverZero() {
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofSeconds(3))).isEqualTo(3);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofSeconds(30))).isEqualTo(30);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofMillis(2100))).isEqualTo(3);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ZERO)).as("HALF_OPEN").isEqualTo(1);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofSeconds(-1))).isEqualTo(1);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(null)).isEqualTo(1);
        assertThat(BreakerOpenExceptionMapper.retryAfterSeconds(Duration.ofSeconds(Long.MAX_VALUE)))
                .isEqualTo(Long.MAX_VALUE);
    }
}
