package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of short random chains of call starts (permits and async stages), results, cancellations,
 * clock advances and resets, run against the engine and against {@link BreakerModel}. After every step
 * the engine must agree with the model (state, counts, trials in flight, time left) and a late result
 * must not have changed the phase. Each chain drives two breakers: one looked at after every step, and
 * one never looked at until the end, which must agree too (lazy catching-up equals eager).
 *
 * <p>Replay one chain with {@code -Dbreaker.chain.seed=N}; run more with {@code -Dbreaker.chains=N}.
 */
public class RandomActionChainTest {
    private static final long TIMEOUT = Duration.ofMillis(10).toNanos();
    private static final long[] ADVANCES = {0, 1, 1_000_000, TIMEOUT / 2, TIMEOUT - 1, TIMEOUT, TIMEOUT + 1_000_000, 3 * TIMEOUT};
    private static final long START = Long.MAX_VALUE - 50 * TIMEOUT;
    private static final Logger QUIET = Logger.getLogger("dev.breaker");
    private static Level previousLevel;

    /** One call in flight on both breakers. */
    private static final class InFlight {
        final BreakerModel.Call model;
        final boolean async;
        final int id;
        final Permit[] permits = new Permit[2];
        @SuppressWarnings("unchecked")
        final CompletableFuture<String>[] sources = new CompletableFuture[2];
        @SuppressWarnings("unchecked")
        final CompletionStage<String>[] stages = new CompletionStage[2];

        InFlight(BreakerModel.Call model, boolean async, int id) {
            this.model = model;
            this.async = async;
            this.id = id;
        }
    }

    @BeforeAll
    static void quiet() {
        previousLevel = QUIET.getLevel();
        QUIET.setLevel(Level.OFF); // thousands of transitions: keep the test output readable
    }

    @AfterAll
    static void restore() {
        QUIET.setLevel(previousLevel);
    }

    @Test
    void theEngineAgreesWithTheModelOnRandomChains() {
        String replay = System.getProperty("breaker.chain.seed");
        if (replay != null) {
            new Chain(Long.parseLong(replay)).run();
            return;
        }
        int chains = Integer.getInteger("breaker.chains", 4000);
        SplittableRandom seeds = new SplittableRandom(20240301L);
        for (int i = 0; i < chains; i++) {
            new Chain(seeds.nextLong()).run();
        }
    }

    private static final class Chain {
        private final long seed;
        private final SplittableRandom random;
        private final FakeClock clock = FakeClock.startingAt(START); // wraps mid-chain
        private final BreakerModel model;
        private final CircuitBreaker[] breakers = new CircuitBreaker[2]; // [0] looked at every step, [1] only at the end
        private final StateMachine[] machines = new StateMachine[2];
        private final List<InFlight> inFlight = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();
        private int started;

        Chain(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            int threshold = 1 + random.nextInt(3);
            int maxTrials = 1 + random.nextInt(3);
            model = new BreakerModel(threshold, TIMEOUT, maxTrials);
            for (int i = 0; i < 2; i++) {
                breakers[i] = CircuitBreaker.builder("chain-" + i).failureThreshold(threshold)
                        .timeout(Duration.ofNanos(TIMEOUT)).halfOpenMaxCalls(maxTrials)
                        .failOn(RuntimeException.class).skipOn(ChainOutcome.Skipped.class).clock(clock).build();
                machines[i] = EngineAccess.machineOf(breakers[i]);
            }
            steps.add("threshold=" + threshold + " halfOpenMaxCalls=" + maxTrials + " timeout=" + TIMEOUT + "ns");
        }

        void run() {
            int length = 5 + random.nextInt(40);
            try {
                for (int i = 0; i < length; i++) {
                    step();
                    check(0);
                }
                check(1);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Random chain failed; replay with -Dbreaker.chain.seed=" + seed
                        + "\nsteps:\n  " + String.join("\n  ", steps), failure);
            }
        }

        private void step() {
            int roll = random.nextInt(100);
            if (roll < 22) {
                start(random.nextBoolean());
            } else if (roll < 50 && !inFlight.isEmpty()) {
                finish(inFlight.get(random.nextInt(inFlight.size())), pickOutcome());
            } else if (roll < 56 && !inFlight.isEmpty()) {
                cancel(inFlight.get(random.nextInt(inFlight.size())));
            } else if (roll < 66) {
                ChainOutcome outcome = pickOutcome();
                steps.add("call " + outcome);
                InFlight call = start(false);
                if (call != null) {
                    finish(call, outcome);
                }
            } else if (roll < 90) {
                long step = ADVANCES[random.nextInt(ADVANCES.length)];
                clock.advanceNanos(step);
                steps.add("advance " + step + "ns to t=" + (clock.peek() - START) + "ns");
            } else if (roll < 95) {
                steps.add("reset");
                model.reset(clock.peek());
                breakers[0].reset();
                breakers[1].reset();
            } else {
                steps.add("look");
                assertThat(breakers[0].state()).isEqualTo(model.state);
            }
        }

        private ChainOutcome pickOutcome() {
            int roll = random.nextInt(100);
            return roll < 45 ? ChainOutcome.SUCCESS : roll < 80 ? ChainOutcome.FAIL : roll < 87 ? ChainOutcome.SKIP
                    : roll < 92 ? ChainOutcome.OUTSIDE_FAIL_ON : roll < 97 ? ChainOutcome.WRAPPED_FAIL : ChainOutcome.WRAPPED_SKIP;
        }

        private InFlight start(boolean async) {
            BreakerModel.Call admitted = model.acquire(clock.peek());
            InFlight call = admitted == null ? null : new InFlight(admitted, async, started++);
            steps.add((async ? "start async" : "start permit") + " -> " + (admitted == null ? "rejected " + model.state
                    : "call#" + call.id + (admitted.trial ? " (trial)" : "")));
            for (int i = 0; i < 2; i++) {
                if (async) {
                    CompletableFuture<String> source = new CompletableFuture<>();
                    CompletionStage<String> stage = breakers[i].callAsync(() -> source);
                    if (call == null) {
                        assertThat(stage.toCompletableFuture()).isCompletedExceptionally();
                        assertRejection(stage.toCompletableFuture().handle((v, e) -> e).join(), i);
                    } else {
                        call.sources[i] = source;
                        call.stages[i] = stage;
                    }
                } else {
                    try {
                        Permit permit = machines[i].acquire();
                        assertThat(call).as("breaker %d admitted a call the model rejects", i).isNotNull();
                        call.permits[i] = permit;
                    } catch (BreakerOpenException rejected) {
                        assertRejection(rejected, i);
                    }
                }
            }
            if (call != null) {
                inFlight.add(call);
            }
            return call;
        }

        private void assertRejection(Throwable rejection, int breaker) {
            assertThat(rejection).as("breaker %d rejected a call the model admits", breaker)
                    .isInstanceOf(BreakerOpenException.class);
            BreakerOpenException open = (BreakerOpenException) rejection;
            assertThat(open.state()).isEqualTo(model.state);
            assertThat(open.retryAfter()).isEqualTo(Duration.ofNanos(model.retryAfter(clock.peek())));
        }

        private void finish(InFlight call, ChainOutcome outcome) {
            long now = clock.peek();
            boolean decides = model.decides(call.model, now);
            steps.add("finish call#" + call.id + " " + outcome + (decides ? "" : " (late)"));
            CircuitState before = breakers[0].state();
            long changesBefore = breakers[0].getMetrics().stateChanges();
            model.result(call.model, outcome.failure, now);
            Throwable thrown = outcome.throwable();
            for (int i = 0; i < 2; i++) {
                if (!call.async) {
                    if (thrown == null) {
                        machines[i].onSuccess(call.permits[i]);
                    } else {
                        machines[i].onThrowable(call.permits[i], thrown);
                    }
                    continue;
                }
                if (thrown == null) {
                    call.sources[i].complete("value");
                } else {
                    call.sources[i].completeExceptionally(thrown);
                }
                CompletableFuture<String> stage = call.stages[i].toCompletableFuture();
                assertThat(stage).isDone();
                if (!stage.isCancelled()) {
                    Object got = stage.handle((v, e) -> e == null ? v : e).join();
                    assertThat(got).isSameAs(thrown == null ? "value" : Throwables.unwrap(thrown));
                }
            }
            inFlight.remove(call);
            if (!decides) {
                assertThat(breakers[0].state()).as("a late result changed the state").isEqualTo(before);
                assertThat(breakers[0].getMetrics().stateChanges()).as("a late result changed the phase")
                        .isEqualTo(changesBefore);
            }
        }

        private void cancel(InFlight call) {
            if (!call.async) {
                // A permit given up on (a cancelled Uni subscription): counts as nothing, frees a trial's place.
                steps.add("cancel permit call#" + call.id);
                model.cancelled(call.model, clock.peek());
                for (int i = 0; i < 2; i++) {
                    machines[i].onCancelled(call.permits[i]);
                }
                inFlight.remove(call);
                return;
            }
            steps.add("cancel call#" + call.id);
            model.result(call.model, true, clock.peek()); // a CancellationException: a RuntimeException, not skipped
            for (int i = 0; i < 2; i++) {
                assertThat(call.stages[i].toCompletableFuture().cancel(random.nextBoolean())).isTrue();
                assertThat(call.sources[i]).isCancelled();
            }
            inFlight.remove(call);
        }

        private void check(int breaker) {
            long now = clock.peek();
            model.catchUp(now);
            BreakerMetrics metrics = breakers[breaker].getMetrics();
            assertThat(metrics.state()).as("state of breaker %d", breaker).isEqualTo(model.state);
            assertThat(breakers[breaker].state()).isEqualTo(model.state);
            assertThat(metrics.successCount()).as("successes").isEqualTo(model.successes);
            assertThat(metrics.failureCount()).as("failures").isEqualTo(model.failures);
            assertThat(metrics.rejectedCount()).as("rejections").isEqualTo(model.rejections);
            assertThat(metrics.totalCalls()).isEqualTo(model.successes + model.failures + model.rejections);
            assertThat(metrics.stateChanges()).as("state changes").isEqualTo(model.stateChanges);
            assertNear(metrics.lastSuccessTime(), model.lastSuccessAt, "last success");
            assertNear(metrics.lastFailureTime(), model.lastFailureAt, "last failure");
            assertThat(breakers[breaker].retryAfter()).isEqualTo(Duration.ofNanos(model.retryAfter(now)));
            int trials = machines[breaker].trialsInFlight();
            assertThat(trials).as("trials in flight").isBetween(0, model.maxTrials)
                    .isEqualTo(model.unfinishedTrials.size());
            assertThat(machines[breaker].consecutiveFailures()).as("consecutive failures")
                    .isEqualTo(model.consecutiveFailures);
        }

        /**
         * The wall clock has millisecond precision, and a time found late is now's wall-clock reading
         * less the nanoseconds since: allow the two milliseconds lost in rounding twice.
         */
        private void assertNear(Optional<Instant> actual, Long modelNanos, String what) {
            if (modelNanos == null) {
                assertThat(actual).as(what).isEmpty();
                return;
            }
            Instant expected = FakeClock.START.plusNanos(modelNanos - START);
            assertThat(actual).as(what).isPresent();
            assertThat(Duration.between(expected, actual.get()).abs()).as(what).isLessThanOrEqualTo(Duration.ofMillis(2));
        }
    }
}
