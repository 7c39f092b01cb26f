package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default clock reads the running system's monotonic and wall clocks. */
class SystemClockTest {
    @Test
    void readsTheSystemClocks() {
        BreakerClock clock = BreakerClock.system();
        long before = System.nanoTime();
        long reading = clock.nanoTime();
        assertThat(reading - before).isNotNegative();
        assertThat(System.nanoTime() - reading).isNotNegative();
        long wallBefore = System.currentTimeMillis();
        long wall = clock.epochMillis();
        assertThat(wall).isBetween(wallBefore, System.currentTimeMillis());
        assertThat(CircuitBreaker.builder("system").build().state()).isEqualTo(CircuitState.CLOSED);
    }
}
