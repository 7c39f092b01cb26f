package dev.breaker.core;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.ThreadIdGen;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Linearizability of permits and transitions: threads acquire permits, record successes and failures,
 * read the state, reset, and move the shared clock, in every interleaving Lincheck explores; every
 * history must be explainable by one sequential order of {@link Spec}, the reference model.
 *
 * <p>Each thread holds at most one permit at a time (acquire while holding one, or finish while holding
 * none, does nothing), so the spec can tell whose permit a result is for.
 */
@Param(name = "thread", gen = ThreadIdGen.class)
public class PermitsLincheckTest {
    static final long TIMEOUT = 10;
    static final int THRESHOLD = 2;
    static final int MAX_TRIALS = 2;

    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("lincheck").failureThreshold(THRESHOLD)
            .timeout(Duration.ofNanos(TIMEOUT)).halfOpenMaxCalls(MAX_TRIALS).clock(clock).build();
    private final StateMachine machine = EngineAccess.machineOf(breaker);
    private final Permit[] held = new Permit[8];

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
    public boolean succeed(@Param(name = "thread") int thread) {
        Permit permit = held[thread];
        held[thread] = null;
        if (permit != null) {
            machine.onSuccess(permit);
        }
        return permit != null;
    }

    @Operation
    public boolean fail(@Param(name = "thread") int thread) {
        Permit permit = held[thread];
        held[thread] = null;
        if (permit != null) {
            machine.onThrowable(permit, new IllegalStateException("failed"));
        }
        return permit != null;
    }

    @Operation
    public CircuitState state() {
        return breaker.state();
    }

    @Operation
    public void reset() {
        breaker.reset();
    }

    @Operation
    public void advance() {
        clock.advanceNanos(TIMEOUT / 2);
    }

    /** Opt-in: see {@link LincheckSetup}. */
    @Test
    @EnabledIfSystemProperty(named = LincheckSetup.FULL_MODEL_CHECKING, matches = "true")
    public void modelChecking() {
        LinChecker.Companion.check(PermitsLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(10).invocationsPerIteration(100)
                .threads(3).actorsPerThread(2).actorsBefore(3).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(PermitsLincheckTest.class, new StressOptions()
                .sequentialSpecification(Spec.class)
                .iterations(3).invocationsPerIteration(200)
                .threads(2).actorsPerThread(4).actorsBefore(4).actorsAfter(2));
    }

    /** The sequential specification: {@link BreakerModel}, one step at a time, on its own clock. */
    public static class Spec {
        private final BreakerModel model = new BreakerModel(THRESHOLD, TIMEOUT, MAX_TRIALS);
        private final BreakerModel.Call[] held = new BreakerModel.Call[8];
        private long now;

        public String acquire(int thread) {
            if (held[thread] != null) {
                return "holding";
            }
            held[thread] = model.acquire(now);
            return held[thread] != null ? "admitted" : "rejected " + model.state;
        }

        public boolean succeed(int thread) {
            return finish(thread, false);
        }

        public boolean fail(int thread) {
            return finish(thread, true);
        }

        private boolean finish(int thread, boolean failure) {
            BreakerModel.Call call = held[thread];
            held[thread] = null;
            if (call != null) {
                model.result(call, failure, now);
            }
            return call != null;
        }

        public CircuitState state() {
            model.catchUp(now);
            return model.state;
        }

        public void reset() {
            model.reset(now);
        }

        public void advance() {
            now += TIMEOUT / 2;
        }

        /**
         * What decides this spec's future results, so that Lincheck's verifier can merge equal states
         * instead of exploring every order again (lifetime counts are not observed here).
         */
        private String key() {
            StringBuilder key = new StringBuilder().append(model.state).append(now).append('/').append(model.phase)
                    .append('/').append(model.consecutiveFailures).append('/').append(model.openedAt)
                    .append('/').append(model.admitted).append('/').append(model.succeeded);
            for (BreakerModel.Call trial : model.unfinishedTrials) {
                key.append(" t").append(trial.admittedAt);
            }
            for (BreakerModel.Call call : held) {
                key.append(call == null ? " -" : " " + call.phase + call.trial + call.admittedAt + call.finished);
            }
            return key.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && key().equals(spec.key());
        }

        @Override
        public int hashCode() {
            return key().hashCode();
        }
    }
}
