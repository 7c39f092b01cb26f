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
 * clock advances, slow calls and resets, run against the engine and against {@link BreakerModel}. After
 * every step the engine must agree with the model (state, counts, trials in flight, time left, the
 * window's failure ratio) and a late result must not have changed the phase. Each chain drives two
 * breakers: one looked at after every step, and one never looked at until the end, which must agree too
 * (lazy catching-up equals eager).
 *
 * <p>Chains run in each {@link Mode}: consecutive failures (the chains of before ratio mode, from the same
 * seeds), consecutive with slow calls, and ratio mode with a count window and with a time window (slow
 * calls on in half of them). The model reads a time window exactly as the engine buckets it, so advances
 * may land anywhere, bucket and period edges included.
 *
 * <p>Replay one chain with {@code -Dbreaker.chain.mode=RATIO_TIME -Dbreaker.chain.seed=N} (the mode
 * defaults to CONSECUTIVE); run more with {@code -Dbreaker.chains=N} (per mode).
 */
public class RandomActionChainTest {
    private static final long TIMEOUT = Duration.ofMillis(10).toNanos();
    private static final long[] ADVANCES = {0, 1, 1_000_000, TIMEOUT / 2, TIMEOUT - 1, TIMEOUT, TIMEOUT + 1_000_000, 3 * TIMEOUT};
    private static final long START = Long.MAX_VALUE - 50 * TIMEOUT;
    private static final Logger QUIET = Logger.getLogger("dev.breaker");
    private static final double[] RATIOS = {0.25, 1.0 / 3, 0.5, 0.6, 1.0};
    private static final int[] WINDOW_SIZES = {1, 2, 3, 4, 5, 6, 21};
    private static final long[] PERIODS = {1, TIMEOUT, 25_000_000, 7_000_003, 3 * TIMEOUT, 2_500_000_000L};
    private static final long[] SLOW_CALLS = {1_000_000, 3_000_000, TIMEOUT / 2, TIMEOUT};
    private static Level previousLevel;

    /** How the breakers of a chain decide to open. */
    enum Mode {
        /** Consecutive failures, no slow calls: the chains of before ratio mode. */
        CONSECUTIVE,
        /** Consecutive failures, with a slow-call duration. */
        CONSECUTIVE_SLOW,
        /** Ratio mode with a count window; slow calls in half the chains. */
        RATIO_COUNT,
        /** Ratio mode with a time window; slow calls in half the chains. */
        RATIO_TIME
    }

    /** One call in flight on both breakers. */
    private static final class InFlight {
        final BreakerModel.Call model;
        final boolean async;
        final int id;
        final Permit[] permits = new Permit[2];
        final long[] startedAt = new long[2];
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
        runChains(Mode.CONSECUTIVE, 20240301L);
    }

    @Test
    void consecutiveModeWithSlowCalls() {
        runChains(Mode.CONSECUTIVE_SLOW, 20261203L);
    }

    @Test
    void ratioModeWithACountWindow() {
        runChains(Mode.RATIO_COUNT, 13_001L);
    }

    @Test
    void ratioModeWithATimeWindow() {
        runChains(Mode.RATIO_TIME, 13_002L);
    }

    private static void runChains(Mode mode, long firstSeed) {
        String replay = System.getProperty("breaker.chain.seed");
        if (replay != null) {
            if (mode.name().equals(System.getProperty("breaker.chain.mode", Mode.CONSECUTIVE.name()))) {
                new Chain(Long.parseLong(replay), mode).run();
            }
            return;
        }
        int chains = Integer.getInteger("breaker.chains", 4000);
        SplittableRandom seeds = new SplittableRandom(firstSeed);
        int[] reached = new int[3];
        for (int i = 0; i < chains; i++) {
            Chain chain = new Chain(seeds.nextLong(), mode);
            chain.run();
            reached[0] += chain.model.openedFromClosed;
            reached[1] += chain.slowResults;
            reached[2] += chain.model.agedOut;
        }
        if (chains >= 1000) { // the chains reach what they are meant to test
            assertThat(reached[0]).as("openings from CLOSED").isGreaterThan(chains / 4);
            if (mode != Mode.CONSECUTIVE) {
                assertThat(reached[1]).as("slow calls counted as failures").isGreaterThan(chains / 20);
            }
            if (mode == Mode.RATIO_TIME) {
                assertThat(reached[2]).as("outcomes that left a time window by age").isGreaterThan(chains / 4);
            }
        }
    }

    private static final class Chain {
        private final long seed;
        private final Mode mode;
        private final SplittableRandom random;
        /** A call that returns normally after this long counts as failed; 0: no limit. */
        private final long slowNanos;
        /** Advances that land on a time window's bucket and period edges; none for other modes. */
        private final long[] windowAdvances;
        private final FakeClock clock = FakeClock.startingAt(START); // wraps mid-chain
        private final BreakerModel model;
        private final CircuitBreaker[] breakers = new CircuitBreaker[2]; // [0] looked at every step, [1] only at the end
        private final StateMachine[] machines = new StateMachine[2];
        private final List<InFlight> inFlight = new ArrayList<>();
        private final List<String> steps = new ArrayList<>();
        private int started;
        private int slowResults;

        /** The random draws of {@link Mode#CONSECUTIVE} are those of before ratio mode: same seed, same chain. */
        Chain(long seed, Mode mode) {
            this.seed = seed;
            this.mode = mode;
            this.random = new SplittableRandom(seed);
            int threshold = 1 + random.nextInt(3);
            int maxTrials = 1 + random.nextInt(3);
            BreakerModel.Ratio ratio = null;
            int minimumGiven = 0;
            if (mode == Mode.RATIO_COUNT || mode == Mode.RATIO_TIME) {
                double share = RATIOS[random.nextInt(RATIOS.length)];
                int size = WINDOW_SIZES[random.nextInt(WINDOW_SIZES.length)];
                long period = mode == Mode.RATIO_TIME ? PERIODS[random.nextInt(PERIODS.length)] : 0;
                minimumGiven = random.nextInt(period == 0 ? size + 1 : 7); // 0: left to its default
                int minimum = minimumGiven != 0 ? minimumGiven : period == 0 ? size : 20;
                ratio = new BreakerModel.Ratio(share, size, period, minimum);
            }
            boolean slow = mode == Mode.CONSECUTIVE_SLOW || (ratio != null && random.nextBoolean());
            slowNanos = slow ? SLOW_CALLS[random.nextInt(SLOW_CALLS.length)] : 0;
            windowAdvances = ratio == null || ratio.periodNanos() == 0 ? new long[0] : new long[] {
                ratio.bucketNanos() - 1, ratio.bucketNanos(), ratio.bucketNanos() + 1, ratio.periodNanos() - 1,
                ratio.periodNanos(), ratio.periodNanos() + 1};
            model = new BreakerModel(threshold, TIMEOUT, maxTrials, ratio, clock.peek());
            for (int i = 0; i < 2; i++) {
                CircuitBreaker.Builder builder = CircuitBreaker.builder("chain-" + i).failureThreshold(threshold)
                        .timeout(Duration.ofNanos(TIMEOUT)).halfOpenMaxCalls(maxTrials)
                        .failOn(RuntimeException.class).skipOn(ChainOutcome.Skipped.class).clock(clock);
                if (ratio != null) {
                    builder.failureRatio(ratio.failureRatio()).windowSize(ratio.windowSize());
                    if (ratio.periodNanos() != 0) {
                        builder.windowDuration(Duration.ofNanos(ratio.periodNanos()));
                    }
                    if (minimumGiven != 0) {
                        builder.minimumCalls(minimumGiven);
                    }
                }
                if (slowNanos != 0) {
                    builder.slowCallDuration(Duration.ofNanos(slowNanos));
                }
                breakers[i] = builder.build();
                machines[i] = EngineAccess.machineOf(breakers[i]);
            }
            steps.add(mode + ": threshold=" + threshold + " halfOpenMaxCalls=" + maxTrials + " timeout=" + TIMEOUT + "ns"
                    + (ratio == null ? "" : " " + ratio + (minimumGiven == 0 ? " (by default)" : ""))
                    + (slowNanos == 0 ? "" : " slowCallDuration=" + slowNanos + "ns"));
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
                throw new AssertionError("Random chain failed; replay with -Dbreaker.chain.mode=" + mode
                        + " -Dbreaker.chain.seed=" + seed + "\nsteps:\n  " + String.join("\n  ", steps), failure);
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
            } else if (roll < 66 && roll >= 60 && slowNanos != 0) {
                slowCall();
            } else if (roll < 66) {
                ChainOutcome outcome = pickOutcome();
                steps.add("call " + outcome);
                InFlight call = start(false);
                if (call != null) {
                    finish(call, outcome);
                }
            } else if (roll < 90) {
                long step = windowAdvances.length != 0 && random.nextBoolean()
                        ? windowAdvances[random.nextInt(windowAdvances.length)] : ADVANCES[random.nextInt(ADVANCES.length)];
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

        /** A call that returns normally after about the slow-call duration: just under it, at it, or over it. */
        private void slowCall() {
            long took = slowNanos + random.nextInt(3) - 1 + (random.nextInt(4) == 0 ? slowNanos : 0);
            steps.add("call taking " + took + "ns");
            InFlight call = start(random.nextBoolean());
            if (call != null) {
                clock.advanceNanos(took);
                finish(call, ChainOutcome.SUCCESS);
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
                        call.startedAt[i] = machines[i].startTime(); // as CircuitBreaker.call does
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
            // Slow from admission to outcome: longer than the duration (API.md: "took longer").
            boolean slow = outcome == ChainOutcome.SUCCESS && slowNanos != 0 && now - call.model.admittedAt > slowNanos;
            if (slow) {
                slowResults++;
                steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " (slow: a failure)");
            }
            model.result(call.model, outcome.failure || slow, now);
            Throwable thrown = outcome.throwable();
            for (int i = 0; i < 2; i++) {
                if (!call.async) {
                    if (thrown == null) {
                        machines[i].onSuccess(call.permits[i], call.startedAt[i]);
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
            assertThat(metrics.openedCount()).as("openings").isEqualTo(model.openings);
            assertNear(metrics.lastSuccessTime(), model.lastSuccessAt, "last success");
            assertNear(metrics.lastFailureTime(), model.lastFailureAt, "last failure");
            assertThat(breakers[breaker].retryAfter()).isEqualTo(Duration.ofNanos(model.retryAfter(now)));
            int trials = machines[breaker].trialsInFlight();
            assertThat(trials).as("trials in flight").isBetween(0, model.maxTrials)
                    .isEqualTo(model.unfinishedTrials.size());
            assertThat(machines[breaker].consecutiveFailures()).as("consecutive failures")
                    .isEqualTo(model.consecutiveFailures);
            if (model.ratio == null) {
                assertThat(metrics.failureRatio()).as("no window in consecutive mode").isEmpty();
            } else {
                assertThat(metrics.failureRatio()).as("the window's failure ratio").hasValue(model.failureRatio(now));
            }
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
