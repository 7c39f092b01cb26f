package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import dev.breaker.testing.FaultyClock;
import dev.breaker.testing.Recovery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, at random: thousands of short seeded chains of calls, asynchronous calls held and completed
 * later (by the operation, or by the caller itself), cancellations, clock advances, resets and looks,
 * with a {@link FaultyClock} throwing a {@code StackOverflowError} at random reads, so that Errors fall
 * anywhere in the breaker's bookkeeping. After every step: trials admitted in one HALF_OPEN period never
 * exceed {@code halfOpenMaxCalls}, {@code totalCalls == success + failure + rejected}, and no count goes
 * down. At the end of every chain, with faults off, a healthy dependency closes the breaker within
 * {@link Recovery#boundFor} steps: never stuck HALF_OPEN or OPEN.
 *
 * <p>Replay one chain with {@code -Dbreaker.faultChain.seed=N}; run more with {@code -Dbreaker.faultChains=N}.
 */
class BreakerStuckAfterRandomFaultsChainTest {
    private static final long TIMEOUT = Duration.ofMillis(10).toNanos();
    private static final long[] ADVANCES = {0, 1, 1_000_000, TIMEOUT / 2, TIMEOUT - 1, TIMEOUT, TIMEOUT + 1, 3 * TIMEOUT};
    private static final double[] FAULT_CHANCES = {0.02, 0.05, 0.1, 0.25};
    private static final long START = Long.MAX_VALUE - 20 * TIMEOUT; // wraps mid-chain
    private static final Logger BREAKER_LOG = Logger.getLogger("dev.breaker");
    private static Level previousLevel;

    @BeforeAll
    static void quiet() {
        previousLevel = BREAKER_LOG.getLevel();
        BREAKER_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restore() {
        BREAKER_LOG.setLevel(previousLevel);
    }

    @Test
    void noErrorInTheBookkeepingLeavesABreakerStuckOrBreaksItsCounts() {
        String replay = System.getProperty("breaker.faultChain.seed");
        if (replay != null) {
            new Chain(Long.parseLong(replay)).run();
            return;
        }
        int chains = Integer.getInteger("breaker.faultChains", 3000);
        SplittableRandom seeds = new SplittableRandom(20261203L);
        long faults = 0;
        for (int i = 0; i < chains; i++) {
            faults += new Chain(seeds.nextLong()).run();
        }
        assertThat(faults).as("Errors injected across the chains").isGreaterThan(chains);
    }

    /** Thrown by a failing call. */
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("boom", null, false, false);
        }
    }

    /** An asynchronous call held open by the test. */
    private record Held(int id, CompletableFuture<String> source, CompletionStage<String> stage) {
    }

    private static final class Chain {
        private final long seed;
        private final SplittableRandom random;
        private final int maxCalls;
        private final FakeClock time = FakeClock.startingAt(START);
        private final FaultyClock clock = FaultyClock.over(time);
        private final CircuitBreaker breaker;
        private final List<Held> held = new ArrayList<>();
        /** Trials admitted per HALF_OPEN period, the period named by its stateChanges count. */
        private final Map<Long, Integer> trialsOfPeriod = new HashMap<>();
        private final List<String> steps = new ArrayList<>();
        /** Set inside an operation, checked after the step: an operation's own throw would be taken for its failure. */
        private final List<String> violations = new ArrayList<>();
        private BreakerMetrics last;
        private int started;

        Chain(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
            int threshold = 1 + random.nextInt(3);
            this.maxCalls = 1 + random.nextInt(3);
            double chance = FAULT_CHANCES[random.nextInt(FAULT_CHANCES.length)];
            SplittableRandom faults = random.split();
            breaker = CircuitBreaker.builder("chain").failureThreshold(threshold).timeout(Duration.ofNanos(TIMEOUT))
                    .halfOpenMaxCalls(maxCalls).clock(clock).build();
            steps.add("threshold=" + threshold + " halfOpenMaxCalls=" + maxCalls + " timeout=" + TIMEOUT
                    + "ns, a fault at a clock read with probability " + chance);
            last = clock.quietly(breaker::getMetrics);
            clock.failAtRandom(chance, faults::nextDouble); // from the first step on: building is not what is tested
        }

        /** @return the Errors injected */
        long run() {
            int length = 5 + random.nextInt(60);
            try {
                for (int i = 0; i < length; i++) {
                    step();
                    check();
                }
                clock.noFaults();
                steps.add("faults off; a healthy dependency from now on");
                Recovery.closes(breaker, time, Duration.ofNanos(TIMEOUT), maxCalls);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Fault chain failed; replay with -Dbreaker.faultChain.seed=" + seed
                        + "\nsteps:\n  " + String.join("\n  ", steps), failure);
            }
            return clock.faults();
        }

        private void step() {
            int roll = random.nextInt(100);
            long faultsBefore = clock.faults();
            String step;
            if (roll < 30) {
                step = call(random.nextInt(100) < 55);
            } else if (roll < 45) {
                step = startHeld();
            } else if (roll < 60 && !held.isEmpty()) {
                step = completeHeld(held.remove(random.nextInt(held.size())));
            } else if (roll < 65 && !held.isEmpty()) {
                step = callerCompletes(held.remove(random.nextInt(held.size())));
            } else if (roll < 88) {
                long advance = ADVANCES[random.nextInt(ADVANCES.length)];
                time.advanceNanos(advance);
                step = "advance " + advance + "ns";
            } else if (roll < 93) {
                step = guarded("reset", () -> {
                    breaker.reset();
                    return "done";
                });
            } else {
                step = guarded("look", () -> breaker.state() + ", " + breaker.getMetrics().stateChanges() + " changes");
            }
            long injected = clock.faults() - faultsBefore;
            steps.add(step + (injected > 0 ? " [" + injected + " Error(s) injected]" : ""));
        }

        /** The operation of every admitted call: notes whether a HALF_OPEN period admitted it as a trial. */
        private void admitted() {
            BreakerMetrics now = clock.quietly(breaker::getMetrics);
            if (now.state() == CircuitState.HALF_OPEN) {
                int trials = trialsOfPeriod.merge(now.stateChanges(), 1, Integer::sum);
                if (trials > maxCalls) {
                    violations.add(trials + " trials admitted in the HALF_OPEN period after " + now.stateChanges()
                            + " changes, more than halfOpenMaxCalls = " + maxCalls);
                }
            }
        }

        private String call(boolean succeeds) {
            int id = started++;
            String what = "call#" + id + (succeeds ? " succeeding" : " failing");
            try {
                breaker.call(() -> {
                    admitted();
                    if (!succeeds) {
                        throw new Boom();
                    }
                    return "ok";
                });
                return what + " -> ok";
            } catch (Boom failed) {
                return what + " -> failed";
            } catch (BreakerOpenException rejected) {
                return what + " -> rejected " + rejected.state();
            } catch (FaultyClock.Injected error) {
                return what + " -> " + error.getMessage();
            } catch (Exception unexpected) {
                throw new AssertionError(what + " threw", unexpected);
            }
        }

        private String startHeld() {
            int id = started++;
            CompletableFuture<String> source = new CompletableFuture<>();
            try {
                CompletionStage<String> stage = breaker.callAsync(() -> {
                    admitted();
                    return source;
                });
                if (stage.toCompletableFuture().isDone()) {
                    Throwable failure = stage.toCompletableFuture().handle((value, thrown) -> thrown).join();
                    assertThat(failure).isInstanceOf(BreakerOpenException.class);
                    return "async#" + id + " -> rejected";
                }
                held.add(new Held(id, source, stage));
                return "async#" + id + " -> held";
            } catch (FaultyClock.Injected error) {
                return "async#" + id + " -> " + error.getMessage();
            }
        }

        private String completeHeld(Held call) {
            boolean succeeds = random.nextInt(100) < 55;
            if (succeeds) {
                call.source().complete("ok");
            } else {
                call.source().completeExceptionally(new Boom());
            }
            assertThat(call.stage().toCompletableFuture())
                    .as("the caller's stage of async#%d, its operation's stage completed", call.id()).isDone();
            return "async#" + call.id() + (succeeds ? " succeeds" : " fails");
        }

        private String callerCompletes(Held call) {
            CompletableFuture<String> stage = call.stage().toCompletableFuture();
            int how = random.nextInt(3);
            String what = "async#" + call.id() + (how == 0 ? " completed by its caller" : how == 1
                    ? " failed by its caller" : " cancelled by its caller");
            return guarded(what, () -> {
                if (how == 0) {
                    stage.complete("caller's own");
                } else if (how == 1) {
                    stage.completeExceptionally(new Boom());
                } else {
                    stage.cancel(random.nextBoolean());
                }
                return "done";
            });
        }

        private String guarded(String what, java.util.function.Supplier<String> action) {
            try {
                return what + " -> " + action.get();
            } catch (FaultyClock.Injected error) {
                return what + " -> " + error.getMessage();
            }
        }

        private void check() {
            assertThat(violations).isEmpty();
            BreakerMetrics now = clock.quietly(breaker::getMetrics);
            assertThat(now.totalCalls()).as("total calls").isEqualTo(now.successCount() + now.failureCount()
                    + now.rejectedCount());
            assertThat(now.successCount()).as("successes").isGreaterThanOrEqualTo(last.successCount());
            assertThat(now.failureCount()).as("failures").isGreaterThanOrEqualTo(last.failureCount());
            assertThat(now.rejectedCount()).as("rejections").isGreaterThanOrEqualTo(last.rejectedCount());
            assertThat(now.totalCalls()).as("total calls").isGreaterThanOrEqualTo(last.totalCalls());
            assertThat(now.stateChanges()).as("state changes").isGreaterThanOrEqualTo(last.stateChanges());
            last = now;
        }
    }
}
