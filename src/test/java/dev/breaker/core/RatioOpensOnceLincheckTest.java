package dev.breaker.core;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.annotations.Validate;
import org.jetbrains.kotlinx.lincheck.paramgen.ThreadIdGen;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A breaker in ratio mode (a window of four, ratio 0.5, minimum four calls) whose window is short of
 * opening: threads take permits and record failures at once, so two threads may record the deciding
 * failures together. Every history must be one a sequential breaker ({@link BreakerModel} in ratio mode)
 * could give, and at the end ({@link #openedOnce()}) the breaker has opened exactly once if at all: one
 * CLOSED to OPEN event heard by its listener, one state change, and every failure counted for the
 * breaker's life.
 *
 * <p>The window holds two successes and a failure, so any one more failure decides, and any number of
 * them may race. (When it holds two successes only, two failures must decide together: see
 * {@link CountWindowFailuresLincheckTest} and jcstress's {@code RatioOpensOnceTest.CountWindow}.)
 *
 * <p>As in {@link PermitsLincheckTest}, each thread holds at most one permit. Successes racing
 * failures are checked by {@link CountWindowLincheckTest}.
 */
@Param(name = "thread", gen = ThreadIdGen.class)
public class RatioOpensOnceLincheckTest {
    static final int SIZE = 4;
    static final double RATIO = 0.5;

    private final FakeClock clock = FakeClock.atZero();
    private final AtomicInteger openings = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger(1);
    private final CircuitBreaker breaker = CircuitBreaker.builder("ratio-opens-once").failureRatio(RATIO)
            .windowSize(SIZE).minimumCalls(SIZE).timeout(Duration.ofSeconds(10)).clock(clock)
            .listener(change -> {
                if (change.from() == CircuitState.CLOSED && change.to() == CircuitState.OPEN) {
                    openings.incrementAndGet();
                }
            }).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);
    private final Permit[] held = new Permit[8];

    /** Two successes and a failure: one more failure makes 2 of 4. */
    public RatioOpensOnceLincheckTest() {
        machine.onSuccess(machine.acquire(), 0);
        machine.onSuccess(machine.acquire(), 0);
        machine.onThrowable(machine.acquire(), new IllegalStateException("failed"));
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public String acquire(@Param(name = "thread") int thread) {
        if (held[thread] != null) {
            return "holding";
        }
        try {
            held[thread] = machine.acquire();
            return "admitted";
        } catch (BreakerOpenException rejected) {
            return "rejected " + rejected.state();
        }
    }

    @Operation
    public boolean fail(@Param(name = "thread") int thread) {
        Permit permit = held[thread];
        held[thread] = null;
        if (permit != null) {
            failed.incrementAndGet();
            machine.onThrowable(permit, new IllegalStateException("failed"));
        }
        return permit != null;
    }

    @Operation
    public CircuitState state() {
        return breaker.state();
    }

    /** Once every thread is done: opened at most once, heard once, every failure counted. */
    @Validate
    public void openedOnce() {
        BreakerMetrics metrics = breaker.getMetrics();
        boolean open = metrics.state() == CircuitState.OPEN;
        if (openings.get() != (open ? 1 : 0) || metrics.stateChanges() != openings.get()
                || metrics.failureCount() != failed.get()) {
            throw new IllegalStateException(openings.get() + " CLOSED to OPEN events, " + metrics.stateChanges()
                    + " state changes, " + metrics.state() + ", " + metrics.failureCount() + " failures counted of "
                    + failed.get());
        }
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
                .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(1));
    }

    /** {@link BreakerModel} in ratio mode, with no clock movement: OPEN stays OPEN. */
    public static class Spec {
        private final BreakerModel model = new BreakerModel(5, Duration.ofSeconds(10).toNanos(), 3,
                new BreakerModel.Ratio(RATIO, SIZE, 0, SIZE), 0);
        private final BreakerModel.Call[] held = new BreakerModel.Call[8];

        public Spec() {
            model.result(model.acquire(0), false, 0);
            model.result(model.acquire(0), false, 0);
            model.result(model.acquire(0), true, 0);
        }

        public String acquire(int thread) {
            if (held[thread] != null) {
                return "holding";
            }
            held[thread] = model.acquire(0);
            return held[thread] != null ? "admitted" : "rejected " + model.state;
        }

        public boolean fail(int thread) {
            BreakerModel.Call call = held[thread];
            held[thread] = null;
            if (call != null) {
                model.result(call, true, 0);
            }
            return call != null;
        }

        public CircuitState state() {
            return model.state;
        }

        /** What decides this spec's future results, so Lincheck can merge equal states. */
        private String key() {
            StringBuilder key = new StringBuilder().append(model.state).append('/').append(model.phase).append('/')
                    .append(model.failureRatio(0));
            for (BreakerModel.Call call : held) {
                key.append(call == null ? " -" : " " + call.phase);
            }
            return key.toString();
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
