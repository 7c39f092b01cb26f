package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import dev.breaker.testing.FaultyClock;
import dev.breaker.testing.Recovery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, made deterministic: an {@code Error} thrown inside the breaker's own bookkeeping, at any one
 * of the clock reads a HALF_OPEN period's trial calls make (admitting a trial, recording its outcome,
 * counting it, carrying out the transition), must never leave the breaker stuck. Before the fix, an
 * Error between ending a trial and applying it (counting it reads the clock) left it HALF_OPEN for good.
 *
 * <p>For each run of trial calls (how many, which fail, called synchronously or through
 * {@code callAsync}), the test first counts the clock reads the run makes without faults, then for each
 * of those reads in turn runs it again on a fresh breaker with that one read throwing a
 * {@link FaultyClock.Injected} {@code StackOverflowError}. Afterwards a healthy dependency must close the
 * breaker within {@link Recovery#boundFor} steps.
 */
class HalfOpenStuckAfterErrorInBookkeepingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger BREAKER_LOG = Logger.getLogger("dev.breaker");
    private Level previousLevel;

    @BeforeEach
    void quiet() {
        previousLevel = BREAKER_LOG.getLevel();
        BREAKER_LOG.setLevel(Level.OFF); // hundreds of breakers open and close
    }

    @AfterEach
    void restore() {
        BREAKER_LOG.setLevel(previousLevel);
    }

    /** A fresh breaker in HALF_OPEN, and what happened to one run of its trials. */
    private static final class Run {
        final FakeClock time = FakeClock.atZero();
        final FaultyClock clock = FaultyClock.over(time);
        final int maxCalls;
        final CircuitBreaker breaker;
        final List<Throwable> injected = new ArrayList<>();

        Run(int maxCalls) {
            this.maxCalls = maxCalls;
            this.breaker = CircuitBreaker.builder("bookkeeping").failureThreshold(1).timeout(TIMEOUT)
                    .halfOpenMaxCalls(maxCalls).clock(clock).build();
            try {
                breaker.run(() -> {
                    throw new IllegalStateException("opens it");
                });
            } catch (IllegalStateException expected) {
                // OPEN
            }
            time.advance(TIMEOUT);
            assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        }

        /** @param outcomes one letter per trial: S succeeds, F fails */
        void trials(String outcomes, boolean async) {
            for (char outcome : outcomes.toCharArray()) {
                boolean fails = outcome == 'F';
                try {
                    if (async) {
                        CompletableFuture<String> source = new CompletableFuture<>();
                        breaker.callAsync(() -> source);
                        if (fails) {
                            source.completeExceptionally(new IllegalStateException("trial failed"));
                        } else {
                            source.complete("ok");
                        }
                    } else {
                        breaker.call(() -> {
                            if (fails) {
                                throw new IllegalStateException("trial failed");
                            }
                            return "ok";
                        });
                    }
                } catch (FaultyClock.Injected error) {
                    injected.add(error);
                } catch (IllegalStateException | BreakerOpenException expected) {
                    // the trial's own failure, or a rejection once the period is over
                } catch (Exception unexpected) {
                    throw new AssertionError(unexpected);
                }
            }
            // Someone looks, as a health check would; that look may fail too.
            try {
                breaker.state();
            } catch (FaultyClock.Injected error) {
                injected.add(error);
            }
        }
    }

    @ParameterizedTest(name = "halfOpenMaxCalls={0}, trials {1}, async={2}")
    @CsvSource({
        "1, S, false", "1, F, false", "1, S, true", "1, F, true",
        "2, SS, false", "2, SF, false", "2, FS, false", "2, SS, true", "2, SF, true",
        "3, SSS, false", "3, SSF, false", "3, SSS, true", "3, FSS, true"})
    void anErrorAtAnyClockReadOfTheTrialsNeverLeavesTheBreakerStuck(int maxCalls, String outcomes, boolean async) {
        Run clean = new Run(maxCalls);
        long before = clean.clock.reads();
        clean.trials(outcomes, async);
        long reads = clean.clock.reads() - before;
        assertThat(reads).as("clock reads of the trials without faults").isPositive();

        List<String> stuck = new ArrayList<>();
        for (long read = 1; read <= reads; read++) {
            Run run = new Run(maxCalls);
            run.clock.failAtRead(read);
            run.trials(outcomes, async);
            run.clock.noFaults();
            assertThat(run.clock.faults()).as("read %d of %d threw", read, reads).isEqualTo(1);
            try {
                Recovery.closes(run.breaker, run.time, TIMEOUT, maxCalls);
            } catch (AssertionError notClosed) {
                stuck.add("an Error at read " + read + " of " + reads + " (" + run.injected + "): "
                        + notClosed.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertThat(stuck).as("runs that left the breaker stuck").isEmpty();
    }
}
