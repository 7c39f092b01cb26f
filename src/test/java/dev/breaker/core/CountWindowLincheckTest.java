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
 * The count window of a CLOSED period in ratio mode, through {@link ClosedPhase}, under contention:
 * successes and failures recorded at once are neither lost nor counted twice, and the window decides to
 * open exactly when its outcomes reach the ratio. Checked after each scenario ({@link #countsAddUp()}).
 *
 * <p>The window holds the last {@value #SIZE} outcomes and already holds {@value #PREFILLED} successes
 * when the threads start, so the outcomes they record straddle the border between the first two bit
 * masks of {@link CountWindow} (indices 19 and 20) and push the oldest successes out. No scenario records
 * enough outcomes to push out any but those prefilled successes, so the window's failures at the end are
 * exactly the failures recorded. The ratio is {@value #RATIO} with a minimum of {@value #MINIMUM}: one
 * failure among 19 to 21 outcomes is below it, two reach it (2 / 21 = 0.095); so the breaker should open
 * when two or more failures were recorded, and only then.
 *
 * <p>Which failure answers "open" is not checked: two failures at once may both answer it (each sees the
 * other's), which is harmless, since only one of them wins the compare-and-set that opens the breaker
 * ({@link RatioOpensOnceLincheckTest} checks that it opens exactly once).
 */
public class CountWindowLincheckTest {
    /** Found by {@link #modelChecking()}; {@link CountWindowFailuresLincheckTest} checks failures racing alone. */
    static final int SIZE = 21;
    static final int PREFILLED = 18;
    static final double RATIO = 0.09;
    static final int MINIMUM = 2;

    private final ClosedPhase closed = new ClosedPhase(0, 0, new CountWindow(RATIO, MINIMUM, SIZE));
    /** What the operations recorded, to compare with what the window holds at the end. */
    private final AtomicInteger successes = new AtomicInteger(PREFILLED);
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean opened = new AtomicBoolean();

    /** The outcomes recorded before the threads start. */
    public CountWindowLincheckTest() {
        for (int i = 0; i < PREFILLED; i++) {
            closed.successOpens(null); // a count window reads no clock
        }
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public void success() {
        successes.incrementAndGet();
        closed.successOpens(null);
    }

    @Operation
    public void failure() {
        failures.incrementAndGet();
        if (closed.failureOpens(Integer.MAX_VALUE, null)) {
            opened.set(true);
        }
    }

    /** Once every thread is done: every outcome in the window, each once, and opened exactly when due. */
    @Validate
    public void countsAddUp() {
        int outcomes = successes.get() + failures.get();
        int counted = Math.min(outcomes, SIZE);
        double expected = (double) failures.get() / counted;
        double actual = closed.window.ratio(null);
        if (actual != expected) {
            throw new IllegalStateException("the window holds a share of failures of " + actual + ", not " + expected
                    + " (" + failures.get() + " failures among the last " + counted + " of " + outcomes + " outcomes)");
        }
        if (opened.get() != failures.get() >= MINIMUM) {
            throw new IllegalStateException((opened.get() ? "opened" : "did not open") + " after " + failures.get()
                    + " failures");
        }
    }

    @Test
    public void modelChecking() {
        LinChecker.Companion.check(CountWindowLincheckTest.class, new ModelCheckingOptions()
                .iterations(30).invocationsPerIteration(300)
                .threads(3).actorsPerThread(2).actorsBefore(1).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(CountWindowLincheckTest.class, new StressOptions()
                .iterations(10).invocationsPerIteration(1_000)
                .threads(3).actorsPerThread(2).actorsBefore(1).actorsAfter(1));
    }
}
