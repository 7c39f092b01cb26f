package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import dev.breaker.testing.Recovery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's reproduction: a trial call made with almost no stack left overflows somewhere in the
 * breaker's own bookkeeping, between winning its trial and recording it. Before the fix, some of those
 * breakers stayed HALF_OPEN for good (every call rejected, only {@code reset()} recovered).
 *
 * <p>On a thread with a small stack, each attempt first measures how deep recursion goes before it
 * overflows, then recurses to a depth a little short of that (every depth of a window of several hundred
 * below the limit, one frame apart) and makes one trial call there, through a fresh breaker in HALF_OPEN.
 * Back on the test thread, every breaker must recover: a healthy dependency closes it within
 * {@link Recovery#boundFor} steps. The test also checks that it exercised what it means to: that some
 * attempts overflowed inside the library (before the operation ran, or after it returned).
 */
class HalfOpenStuckAfterStackOverflowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long STACK_BYTES = 256 * 1024;
    /** Depths below the measured limit, one frame apart. */
    private static final int WINDOW = Integer.getInteger("breaker.overflowWindow", 400);
    private static final Logger BREAKER_LOG = Logger.getLogger("dev.breaker");

    /** Thrown by a failing trial; made once, without a stack trace, so throwing it needs no stack. */
    private static final RuntimeException TRIAL_FAILED = new RuntimeException("trial failed", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private static int deepest;

    private final Handler silent = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // the transitions of some 1,600 breakers: kept out of the test output
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean usedParentHandlers;

    /** One trial call at one depth. Fields only: the code at the bottom of the stack calls nothing it need not. */
    private static final class Attempt {
        final int maxCalls;
        final boolean fails;
        final int below;
        final FakeClock clock = FakeClock.atZero();
        final CircuitBreaker breaker;
        int depth;
        boolean entered;
        boolean returned;
        StackOverflowError overflow;
        boolean gotOutcome;
        boolean rejected;
        Throwable unexpected;
        CircuitState after;

        Attempt(int maxCalls, boolean fails, int below) {
            this.maxCalls = maxCalls;
            this.fails = fails;
            this.below = below;
            this.breaker = CircuitBreaker.builder("overflow-" + maxCalls + (fails ? "-failing-" : "-succeeding-") + below)
                    .failureThreshold(1).timeout(TIMEOUT).halfOpenMaxCalls(maxCalls).clock(clock).build();
        }

        String operation() {
            entered = true;
            returned = true; // the operation's own work is done: what follows is the breaker's
            if (fails) {
                throw TRIAL_FAILED;
            }
            return "ok";
        }

        void trial() {
            try {
                breaker.call(this::operation);
                gotOutcome = true;
            } catch (StackOverflowError overflowed) {
                overflow = overflowed;
            } catch (BreakerOpenException rejection) {
                rejected = true;
            } catch (Throwable thrown) {
                if (thrown == TRIAL_FAILED) {
                    gotOutcome = true;
                } else {
                    unexpected = thrown;
                }
            }
        }

        /** Overflowed in the breaker's code: before the operation ran, or after it had done its work. */
        boolean overflowedInLibrary() {
            return overflow != null && (!entered || returned);
        }
    }

    @BeforeEach
    void silenceTransitions() {
        usedParentHandlers = BREAKER_LOG.getUseParentHandlers();
        BREAKER_LOG.setUseParentHandlers(false);
        BREAKER_LOG.addHandler(silent);
    }

    @AfterEach
    void restoreLogging() {
        BREAKER_LOG.removeHandler(silent);
        BREAKER_LOG.setUseParentHandlers(usedParentHandlers);
    }

    @Test
    void aTrialOverflowingAtAnyDepthNeverLeavesTheBreakerStuck() throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (int maxCalls = 1; maxCalls <= 2; maxCalls++) {
            for (boolean fails : new boolean[] {true, false}) {
                for (int below = 0; below < WINDOW; below++) {
                    attempts.add(new Attempt(maxCalls, fails, below));
                }
            }
        }
        for (Attempt attempt : attempts) {
            halfOpen(attempt);
        }

        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            for (Attempt attempt : attempts) {
                int limit = measureLimit();
                attempt.depth = limit - attempt.below;
                try {
                    descend(0, attempt.depth, attempt);
                } catch (StackOverflowError tooDeep) {
                    // the recursion itself overflowed before the call: no trial was made at this depth
                }
                attempt.after = attempt.breaker.state(); // at a shallow depth again
            }
        }, "small-stack", STACK_BYTES);
        small.setUncaughtExceptionHandler((thread, thrown) -> died.set(thrown));
        small.start();
        small.join();
        assertThat(died.get()).as("the small-stack thread died").isNull();

        int trials = 0;
        int inLibrary = 0;
        int beforeOperation = 0;
        int afterOperation = 0;
        int inOperation = 0;
        int leftHalfOpen = 0;
        List<String> stuck = new ArrayList<>();
        for (Attempt attempt : attempts) {
            assertThat(attempt.unexpected).as("depth %d", attempt.depth).isNull();
            if (attempt.entered || attempt.overflow != null || attempt.rejected) {
                trials++;
            }
            if (attempt.overflowedInLibrary()) {
                inLibrary++;
                if (attempt.entered) {
                    afterOperation++;
                } else {
                    beforeOperation++;
                }
            } else if (attempt.overflow != null) {
                inOperation++;
            }
            if (attempt.after == CircuitState.HALF_OPEN && attempt.maxCalls == 1) {
                leftHalfOpen++;
            }
            try {
                Recovery.closes(attempt.breaker, attempt.clock, TIMEOUT, attempt.maxCalls);
            } catch (AssertionError notClosed) {
                stuck.add("halfOpenMaxCalls=" + attempt.maxCalls + (attempt.fails ? " failing" : " succeeding")
                        + " trial at depth " + attempt.depth + " (" + attempt.below + " below the limit): "
                        + notClosed.getMessage().lines().findFirst().orElse(""));
            }
        }
        System.out.printf("%s: %d attempts, %d trial calls made, %d overflowed in the library (%d before the"
                + " operation ran, %d after it returned), %d in the operation itself, %d breakers with one trial"
                + " left HALF_OPEN right after, %d stuck%n", getClass().getSimpleName(), attempts.size(), trials,
                inLibrary, beforeOperation, afterOperation, inOperation, leftHalfOpen, stuck.size());

        assertThat(trials).as("trial calls made at their depth").isGreaterThan(attempts.size() / 2);
        assertThat(inLibrary).as("attempts that overflowed inside the library: the window was exercised")
                .isPositive();
        assertThat(stuck.size()).as("breakers stuck after a trial overflowed, of %d; the first:%n  %s", attempts.size(),
                String.join("\n  ", stuck.subList(0, Math.min(5, stuck.size())))).isZero();
    }

    /** @return the depth at which {@link #descend} overflows on this thread now (it grows as the JIT compiles it) */
    private static int measureLimit() {
        deepest = 0;
        try {
            descend(0, -1, null);
        } catch (StackOverflowError reached) {
            // deepest holds the depth reached
        }
        return deepest;
    }

    /** Recurses to {@code target}, then makes the attempt's trial call there; the same frames as when measuring. */
    private static void descend(int depth, int target, Attempt attempt) {
        deepest = depth;
        if (depth == target) {
            attempt.trial();
            return;
        }
        descend(depth + 1, target, attempt);
    }

    /** Puts an attempt's breaker in HALF_OPEN, on the test thread. */
    private static void halfOpen(Attempt attempt) {
        try {
            attempt.breaker.call(() -> {
                throw TRIAL_FAILED;
            });
        } catch (Exception expected) {
            // opens it
        }
        attempt.clock.advance(TIMEOUT);
        assertThat(attempt.breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }
}
