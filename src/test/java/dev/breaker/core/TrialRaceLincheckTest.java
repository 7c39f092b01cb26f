package dev.breaker.core;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Many threads arrive just as the open timeout runs out: each of them may be the one that turns the
 * breaker HALF_OPEN, and each asks for a trial. Whatever the interleaving, no more than
 * halfOpenMaxCalls trials are admitted; every other call is rejected. Trials are held, never finished.
 */
public class TrialRaceLincheckTest {
    private static final long TIMEOUT = 10;
    private static final int MAX_TRIALS = 2;

    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("race").failureThreshold(1)
            .timeout(Duration.ofNanos(TIMEOUT)).halfOpenMaxCalls(MAX_TRIALS).clock(clock).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);

    /** Opens the breaker and lets its timeout run out, with nobody having looked yet. */
    public TrialRaceLincheckTest() {
        machine.onThrowable(machine.acquire(), new IllegalStateException("opens it"));
        clock.advanceNanos(TIMEOUT);
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public boolean trial() {
        try {
            machine.acquire();
            return true;
        } catch (BreakerOpenException rejected) {
            return false;
        }
    }

    @Operation
    public CircuitState state() {
        return machine.state();
    }

    /** Opt-in: see {@link LincheckSetup}. */
    @Test
    @EnabledIfSystemProperty(named = LincheckSetup.FULL_MODEL_CHECKING, matches = "true")
    public void modelChecking() {
        LinChecker.Companion.check(TrialRaceLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(8).invocationsPerIteration(100)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(TrialRaceLincheckTest.class, new StressOptions()
                .sequentialSpecification(Spec.class)
                .iterations(3).invocationsPerIteration(200)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    /** The first halfOpenMaxCalls calls are trials; the breaker stays HALF_OPEN. */
    public static class Spec {
        private int admitted;

        public boolean trial() {
            if (admitted < MAX_TRIALS) {
                admitted++;
                return true;
            }
            return false;
        }

        public CircuitState state() {
            return CircuitState.HALF_OPEN;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && spec.admitted == admitted;
        }

        @Override
        public int hashCode() {
            return admitted;
        }
    }
}
