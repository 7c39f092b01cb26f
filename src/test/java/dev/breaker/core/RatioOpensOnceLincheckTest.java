package dev.breaker.core;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A breaker in ratio mode whose window is one failure short of opening (it holds two successes and a
 * failure of a window of four, ratio 0.5): threads record failures and successes at once. Whatever the
 * interleaving, it opens exactly once (one CLOSED to OPEN event heard by its listener, one state change),
 * exactly when a sequential window would, and no outcome is lost from the lifetime counts.
 */
public class RatioOpensOnceLincheckTest {
    static final int SIZE = 4;
    static final double RATIO = 0.5;

    private final FakeClock clock = FakeClock.atZero();
    private final AtomicInteger openings = new AtomicInteger();
    private final CircuitBreaker breaker = CircuitBreaker.builder("ratio-opens-once").failureRatio(RATIO)
            .windowSize(SIZE).minimumCalls(SIZE).timeout(Duration.ofSeconds(10)).clock(clock)
            .listener(change -> {
                if (change.from() == CircuitState.CLOSED && change.to() == CircuitState.OPEN) {
                    openings.incrementAndGet();
                }
            }).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);

    /** Two successes and a failure: the next failure makes 2 of 4. */
    public RatioOpensOnceLincheckTest() {
        succeed();
        succeed();
        fail();
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    /** @return whether the call was admitted (and failed) */
    @Operation
    public boolean fail() {
        try {
            machine.onThrowable(machine.acquire(), new IllegalStateException("failed"));
            return true;
        } catch (BreakerOpenException rejected) {
            return false;
        }
    }

    /** @return whether the call was admitted (and succeeded) */
    @Operation
    public boolean succeed() {
        try {
            machine.onSuccess(machine.acquire(), 0);
            return true;
        } catch (BreakerOpenException rejected) {
            return false;
        }
    }

    @Operation
    public CircuitState state() {
        return breaker.state();
    }

    /** @return CLOSED to OPEN events heard, state changes, and outcomes counted, at once */
    @Operation
    public String counts() {
        var metrics = breaker.getMetrics();
        return openings.get() + " opened, " + metrics.stateChanges() + " changes, " + metrics.failureCount()
                + " failures, " + metrics.successCount() + " successes";
    }

    /** Opt-in: see {@link LincheckSetup}. */
    @Test
    @EnabledIfSystemProperty(named = LincheckSetup.FULL_MODEL_CHECKING, matches = "true")
    public void modelChecking() {
        LinChecker.Companion.check(RatioOpensOnceLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(10).invocationsPerIteration(100)
                .threads(2).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(RatioOpensOnceLincheckTest.class, new StressOptions()
                .sequentialSpecification(Spec.class)
                .iterations(10).invocationsPerIteration(500)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    /** {@link BreakerModel} in ratio mode, with no clock movement: OPEN stays OPEN. */
    public static class Spec {
        private final BreakerModel model = new BreakerModel(5, 10_000_000_000L, 3,
                new BreakerModel.Ratio(RATIO, SIZE, 0, SIZE, false), 0);

        public Spec() {
            succeed();
            succeed();
            fail();
        }

        public boolean fail() {
            return call(true);
        }

        public boolean succeed() {
            return call(false);
        }

        private boolean call(boolean failure) {
            BreakerModel.Call call = model.acquire(0);
            if (call == null) {
                return false;
            }
            model.result(call, failure, 0);
            return true;
        }

        public CircuitState state() {
            return model.state;
        }

        public String counts() {
            return model.openedFromClosed + " opened, " + model.stateChanges + " changes, " + model.failures
                    + " failures, " + model.successes + " successes";
        }

        private String key() {
            return counts() + " " + model.state + " " + model.rejections + " " + model.failureRatio(0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && spec.key().equals(key());
        }

        @Override
        public int hashCode() {
            return key().hashCode();
        }
    }
}
