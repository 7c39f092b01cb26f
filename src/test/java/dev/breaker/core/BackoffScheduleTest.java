package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.RetrySettings;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffScheduleTest {
    private static RetrySettings settings(long base, double multiplier, long max, double jitter) {
        return new RetrySettings(10, base, multiplier, max, jitter, List.of(), List.of());
    }

    @Test
    void growsExponentiallyWithoutJitter() {
        BackoffSchedule schedule = new BackoffSchedule(settings(100, 2.0, 10_000, 0), () -> 0.5);
        assertThat(List.of(schedule.delayMillis(1), schedule.delayMillis(2), schedule.delayMillis(3),
                schedule.delayMillis(4))).containsExactly(100L, 200L, 400L, 800L);
    }

    @Test
    void neverExceedsMaxDelayEvenWithJitter() {
        BackoffSchedule schedule = new BackoffSchedule(settings(1000, 3.0, 2500, 1.0), () -> 0.999999);
        for (int attempt = 1; attempt < 50; attempt++) {
            assertThat(schedule.delayMillis(attempt)).isBetween(0L, 2500L);
        }
        assertThat(schedule.delayMillis(3)).isEqualTo(2500);
    }

    @Test
    void jitterStaysWithinItsFraction() {
        Random random = new Random(42);
        BackoffSchedule schedule = new BackoffSchedule(settings(1000, 1.0, 100_000, 0.2), random::nextDouble);
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long delay = schedule.delayMillis(1);
            lowest = Math.min(lowest, delay);
            highest = Math.max(highest, delay);
        }
        assertThat(lowest).isBetween(800L, 820L);
        assertThat(highest).isBetween(1180L, 1200L);
    }

    @Test
    void jitterBoundsAreExactAtTheExtremes() {
        assertThat(new BackoffSchedule(settings(1000, 1.0, 5000, 0.2), () -> 0.0).delayMillis(1)).isEqualTo(800);
        assertThat(new BackoffSchedule(settings(1000, 1.0, 5000, 1.0), () -> 0.0).delayMillis(1)).isZero();
    }

    @Test
    void hugeExponentsDoNotOverflow() {
        BackoffSchedule schedule = new BackoffSchedule(settings(Long.MAX_VALUE, 1e300, Long.MAX_VALUE, 0), () -> 0.5);
        assertThat(schedule.delayMillis(1_000_000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void invalidSettingsAreNamed() {
        assertThatThrownBy(() -> settings(100, 0.5, 1000, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier = 0.5").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> settings(100, 2, 1000, 1.5))
                .hasMessageContaining("jitter = 1.5").hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> settings(-1, 2, 1000, 0)).hasMessageContaining("baseDelayMillis = -1");
        assertThatThrownBy(() -> settings(1, 2, -5, 0)).hasMessageContaining("maxDelayMillis = -5");
        assertThatThrownBy(() -> new RetrySettings(0, 1, 2, 1, 0, List.of(), List.of()))
                .hasMessageContaining("maxAttempts = 0");
        assertThatThrownBy(() -> settings(1, Double.NaN, 1000, 0)).hasMessageContaining("multiplier = NaN");
    }
}
