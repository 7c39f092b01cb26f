package dev.breaker.core;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Validate;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failures racing each other into the count window of a CLOSED period in ratio mode, through
 * {@link ClosedPhase}, while no success is recorded: each failure is counted once and the window decides
 * to open exactly when the failures reach the ratio. Checked after each scenario ({@code countsAddUp}).
 * (Successes racing failures: {@link CountWindowLincheckTest}.)
 *
 * <p>{@link AcrossTheBorder}: the window of 21 already holds 17 successes, so the failures take indices
 * 17 to 23, across the border between the first two bit masks of {@link CountWindow}, and push the
 * oldest successes out; minimum 2, ratio 0.14: 3 failures reach it (3 / 21 = 0.143), 2 do not (2 / 19).
 *
 * <p>{@link AtTheMinimum}: the window of 4 holds 2 successes, minimum 4 calls, ratio 0.5: the second
 * failure brings the window to its minimum with 2 of 4, so two failures must open it.
 */
public class CountWindowFailuresLincheckTest {
    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Test
    public void modelCheckingAcrossTheBorder() {
        LinChecker.Companion.check(AcrossTheBorder.class, new ModelCheckingOptions()
                .iterations(8).invocationsPerIteration(200)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    @Test
    public void stressAcrossTheBorder() {
        LinChecker.Companion.check(AcrossTheBorder.class, new StressOptions()
                .iterations(5).invocationsPerIteration(1_000)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    @Test
    public void modelCheckingAtTheMinimum() {
        LinChecker.Companion.check(AtTheMinimum.class, new ModelCheckingOptions()
                .iterations(10).invocationsPerIteration(300)
                .threads(2).actorsPerThread(1).actorsBefore(0).actorsAfter(0));
    }

    /** A window already holding some successes; failures race into it. */
    public abstract static class RacingFailures {
        private final int size;
        private final int prefilled;
        private final int openingFailures;
        private final ClosedPhase closed;
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicBoolean opened = new AtomicBoolean();

        RacingFailures(int size, int prefilled, double ratio, int minimum, int openingFailures) {
            this.size = size;
            this.prefilled = prefilled;
            this.openingFailures = openingFailures;
            this.closed = new ClosedPhase(0, 0, new CountWindow(ratio, minimum, size));
            for (int i = 0; i < prefilled; i++) {
                closed.successOpens(null); // a count window reads no clock
            }
        }

        @Operation
        public void failure() {
            failures.incrementAndGet();
            if (closed.failureOpens(Integer.MAX_VALUE, null)) {
                opened.set(true);
            }
        }

        /** Once every thread is done: every failure in the window, each once, and opened exactly when due. */
        @Validate
        public void countsAddUp() {
            int outcomes = prefilled + failures.get();
            int counted = Math.min(outcomes, size);
            double expected = (double) failures.get() / counted;
            double actual = closed.window.ratio(null);
            if (actual != expected) {
                throw new IllegalStateException("the window holds a share of failures of " + actual + ", not " + expected
                        + " (" + failures.get() + " failures among the last " + counted + " of " + outcomes + " outcomes)");
            }
            if (opened.get() != failures.get() >= openingFailures) {
                throw new IllegalStateException((opened.get() ? "opened" : "did not open") + " after " + failures.get()
                        + " failures");
            }
        }
    }

    /** Window 21 holding 17 successes, minimum 2, ratio 0.14: opens at 3 failures. */
    public static class AcrossTheBorder extends RacingFailures {
        public AcrossTheBorder() {
            super(21, 17, 0.14, 2, 3);
        }
    }

    /** Window 4 holding 2 successes, minimum 4, ratio 0.5: opens at 2 failures. */
    public static class AtTheMinimum extends RacingFailures {
        public AtTheMinimum() {
            super(4, 2, 0.5, 4, 2);
        }
    }
}
