package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a disabled breaker opened after 2^31 - 1 consecutive failures, because the count saturates
 * at {@code Integer.MAX_VALUE}, the very threshold a disabled breaker was given. No test can make 2^31
 * calls: this one sets the CLOSED phase's count near the limit, through the engine's private fields, and
 * fails a few more times.
 */
class DisabledBreakerOpensAtSaturatedCountTest {
    private static final VarHandle PHASE;
    private static final VarHandle FAILURES;

    static {
        try {
            PHASE = MethodHandles.privateLookupIn(StateMachine.class, MethodHandles.lookup())
                    .findVarHandle(StateMachine.class, "phase", Phase.class);
            FAILURES = MethodHandles.privateLookupIn(ClosedPhase.class, MethodHandles.lookup())
                    .findVarHandle(ClosedPhase.class, "consecutiveFailures", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final FakeClock clock = FakeClock.atZero();

    /** Sets the consecutive failures of the breaker's current CLOSED period. */
    private static void setConsecutiveFailures(CircuitBreaker breaker, int count) {
        StateMachine machine = EngineAccess.machineOf(breaker);
        ClosedPhase closed = (ClosedPhase) PHASE.getVolatile(machine);
        FAILURES.setVolatile(closed, count);
        assertThat(machine.consecutiveFailures()).isEqualTo(count);
    }

    @Test
    void aDisabledBreakerStaysClosedWhenItsCountSaturates() throws Exception {
        CircuitBreaker disabled = CircuitBreaker.builder("disabled").enabled(false).clock(clock).build();
        setConsecutiveFailures(disabled, Integer.MAX_VALUE - 3);

        Calls.fail(disabled, 10); // the count reaches Integer.MAX_VALUE, and goes past it

        assertThat(disabled.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(disabled.getMetrics().stateChanges()).isZero();
        assertThat(disabled.getMetrics().failureCount()).isEqualTo(10);
        assertThat(disabled.call(() -> "still admitted")).isEqualTo("still admitted");
    }

    @Test
    void aDisabledBreakerWithTheHighestThresholdStaysClosedToo() {
        CircuitBreaker disabled = CircuitBreaker.builder("disabled-max").failureThreshold(Integer.MAX_VALUE)
                .enabled(false).clock(clock).build();
        setConsecutiveFailures(disabled, Integer.MAX_VALUE - 1);

        Calls.fail(disabled, 3);

        assertThat(disabled.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void anEnabledBreakerWithTheHighestThresholdOpensWhenTheCountReachesIt() {
        CircuitBreaker enabled = CircuitBreaker.builder("enabled-max").failureThreshold(Integer.MAX_VALUE)
                .clock(clock).build();
        setConsecutiveFailures(enabled, Integer.MAX_VALUE - 3);

        Calls.fail(enabled, 2);
        assertThat(enabled.state()).as("at Integer.MAX_VALUE - 1 failures").isEqualTo(CircuitState.CLOSED);

        Calls.fail(enabled);
        assertThat(enabled.state()).as("at Integer.MAX_VALUE failures").isEqualTo(CircuitState.OPEN);
        Calls.rejected(enabled);
    }
}
