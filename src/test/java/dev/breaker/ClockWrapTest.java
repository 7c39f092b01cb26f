package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A monotonic clock may start anywhere and wrap past Long.MAX_VALUE; timeouts must not care. */
class ClockWrapTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(50);
    private final FakeClock clock = FakeClock.nearWrap(); // wraps one minute from now
    private final List<BreakerStateChanged> changes = new ArrayList<>();
    private final CircuitBreaker breaker = CircuitBreaker.builder("wrap").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).clock(clock).listener(changes::add).build();

    @Test
    void theOpenTimeoutRunsAcrossTheWrap() throws Exception {
        clock.advance(Duration.ofSeconds(30));
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(40)); // past the wrap: nanoTime is now negative
        assertThat(clock.peek()).isNegative();
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(10));

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(changes.get(1).at()).isEqualTo(FakeClock.START.plusSeconds(80));
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void anOverdueTrialIsFoundAcrossTheWrap() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        breaker.callAsync(CompletableFuture::new);
        clock.advance(TIMEOUT.minusNanos(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        clock.advanceNanos(1);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().lastFailureTime()).contains(FakeClock.START.plusSeconds(100));
    }

    @Test
    void aClockStartingAtTheMostNegativeReadingWorks() {
        FakeClock lowest = FakeClock.startingAt(Long.MIN_VALUE);
        CircuitBreaker low = CircuitBreaker.builder("low").failureThreshold(1).timeout(TIMEOUT).clock(lowest).build();
        Calls.fail(low);
        lowest.advance(TIMEOUT.minusNanos(1));
        assertThat(low.state()).isEqualTo(CircuitState.OPEN);
        lowest.advanceNanos(1);
        assertThat(low.state()).isEqualTo(CircuitState.HALF_OPEN);
    }
}
