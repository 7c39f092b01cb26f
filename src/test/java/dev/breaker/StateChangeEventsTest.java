package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition reaches listeners once, after it, with from, to and when it took effect. */
class StateChangeEventsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final List<BreakerStateChanged> changes = new ArrayList<>();

    private CircuitBreaker.Builder builder() {
        return CircuitBreaker.builder("events").failureThreshold(1).timeout(TIMEOUT).halfOpenMaxCalls(1).clock(clock);
    }

    @Test
    void reportsEachTransitionWithFromToAndAt() throws Exception {
        CircuitBreaker breaker = builder().listener(changes::add).build();
        clock.advance(Duration.ofSeconds(1));
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(25)); // the timeout ran out at 11 s; noticed at 26 s
        Calls.succeed(breaker);

        assertThat(changes).containsExactly(
                new BreakerStateChanged("events", CircuitState.CLOSED, CircuitState.OPEN, FakeClock.START.plusSeconds(1)),
                new BreakerStateChanged("events", CircuitState.OPEN, CircuitState.HALF_OPEN, FakeClock.START.plusSeconds(11)),
                new BreakerStateChanged("events", CircuitState.HALF_OPEN, CircuitState.CLOSED, FakeClock.START.plusSeconds(26)));
    }

    @Test
    void aListenerSeesTheNewStateAlreadyInPlace() {
        List<CircuitState> seen = new ArrayList<>();
        CircuitBreaker[] self = new CircuitBreaker[1];
        self[0] = builder().listener(change -> seen.add(self[0].state())).build();
        Calls.fail(self[0]);
        assertThat(seen).containsExactly(CircuitState.OPEN);
    }

    @Test
    void aListenerThatThrowsNeverFailsTheCallNorStopsOtherListeners() {
        CircuitBreaker breaker = builder()
                .listener(change -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener(change -> {
                    throw new AssertionError("listener error");
                })
                .listener(changes::add)
                .build();

        Calls.fail(breaker); // the caller gets Boom, not the listener's exception
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        breaker.reset();

        assertThat(changes).extracting(BreakerStateChanged::to)
                .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
    }

    @Test
    void aListenerThatThrowsLeavesNoTrialHeld() throws Exception {
        CircuitBreaker breaker = builder().listener(change -> {
            throw new IllegalStateException("listener bug");
        }).build();
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.call(() -> "trial")).isEqualTo("trial");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void anEventIsAlwaysARealTransition() {
        assertThatThrownBy(() -> new BreakerStateChanged("x", CircuitState.OPEN, CircuitState.OPEN, FakeClock.START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPEN -> OPEN");
        assertThatThrownBy(() -> new BreakerStateChanged(null, CircuitState.OPEN, CircuitState.CLOSED, FakeClock.START))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerStateChanged("x", null, CircuitState.CLOSED, FakeClock.START))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerStateChanged("x", CircuitState.OPEN, null, FakeClock.START))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BreakerStateChanged("x", CircuitState.OPEN, CircuitState.CLOSED, null))
                .isInstanceOf(NullPointerException.class);
    }
}
