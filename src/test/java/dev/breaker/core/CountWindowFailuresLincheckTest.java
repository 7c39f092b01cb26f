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
 * {@link ClosedPhase}, while no success is recorded: each failure is counted once, across the border
 * between the first two bit masks of {@link CountWindow}, and the window decides to open exactly when
 * the failures reach the ratio. (Successes racing failures: {@link CountWindowLincheckTest}, disabled
 * for the bug it found.)
 *
 * <p>The window of {@value #SIZE} already holds {@value #PREFILLED} successes, so the failures take
 * indices 17 to 23 and push the oldest successes out. Ratio {@value #RATIO}, minimum {@value #MINIMUM}:
 * the window holds at most 21 outcomes, so 3 failures reach the ratio (3 / 21 = 0.143) and 2 do not
 * (2 / 19 = 0.105).
 */
public class CountWindowFailuresLincheckTest {
    static final int SIZE = 21;
    static final int PREFILLED = 17;
    static final double RATIO = 0.14;
    static final int MINIMUM = 2;
    static final int OPENING_FAILURES = 3;

    private final ClosedPhase closed = new ClosedPhase(0, new CountWindow(RATIO, MINIMUM, SIZE));
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean opened = new AtomicBoolean();

    /** The successes recorded before the threads start. */
    public CountWindowFailuresLincheckTest() {
        for (int i = 0; i < PREFILLED; i++) {
            closed.recordSuccess(null); // a count window reads no clock
        }
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
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
        int outcomes = PREFILLED + failures.get();
        int counted = Math.min(outcomes, SIZE);
        double expected = (double) failures.get() / counted;
        double actual = closed.window.ratio(null);
        if (actual != expected) {
            throw new IllegalStateException("the window holds a share of failures of " + actual + ", not " + expected
                    + " (" + failures.get() + " failures among the last " + counted + " of " + outcomes + " outcomes)");
        }
        if (opened.get() != failures.get() >= OPENING_FAILURES) {
            throw new IllegalStateException((opened.get() ? "opened" : "did not open") + " after " + failures.get()
                    + " failures");
        }
    }

    @Test
    public void modelChecking() {
        LinChecker.Companion.check(CountWindowFailuresLincheckTest.class, new ModelCheckingOptions()
                .iterations(10).invocationsPerIteration(300)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(CountWindowFailuresLincheckTest.class, new StressOptions()
                .iterations(10).invocationsPerIteration(1_000)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }
}
