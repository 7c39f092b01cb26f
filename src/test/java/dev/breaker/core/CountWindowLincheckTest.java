package dev.breaker.core;

import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The count window of a CLOSED period in ratio mode, through {@link ClosedPhase}, under contention:
 * successes and failures recorded at once are neither lost nor counted twice, and each failure's answer
 * (does the breaker open now?) is one a sequential window of the same outcomes in some order would give.
 *
 * <p>The window holds the last {@value #SIZE} outcomes and already holds {@value #PREFILLED} successes
 * when the threads start, so the outcomes they record straddle the border between the first two bit
 * masks of {@link CountWindow} (indices 19 and 20) and push the oldest successes out. The ratio is
 * {@value #RATIO}: one failure among 19 or more outcomes is below it, two among at most 21 reach it.
 */
public class CountWindowLincheckTest {
    static final int SIZE = 21;
    static final int PREFILLED = 18;
    static final double RATIO = 0.1;
    static final int MINIMUM = 2;

    private final ClosedPhase closed = new ClosedPhase(0, new CountWindow(RATIO, MINIMUM, SIZE));

    /** The outcomes recorded before the threads start. */
    public CountWindowLincheckTest() {
        for (int i = 0; i < PREFILLED; i++) {
            closed.recordSuccess(null); // a count window reads no clock
        }
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public void success() {
        closed.recordSuccess(null);
    }

    /** @return whether the window now opens the breaker */
    @Operation
    public boolean failure() {
        return closed.failureOpens(Integer.MAX_VALUE, null);
    }

    /** @return the share of failures among the outcomes in the window */
    @Operation
    public double ratio() {
        return closed.window.ratio(null);
    }

    @Test
    public void modelChecking() {
        LinChecker.Companion.check(CountWindowLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(30).invocationsPerIteration(500)
                .threads(3).actorsPerThread(2).actorsBefore(1).actorsAfter(1));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(CountWindowLincheckTest.class, new StressOptions()
                .sequentialSpecification(Spec.class)
                .iterations(10).invocationsPerIteration(1_000)
                .threads(3).actorsPerThread(2).actorsBefore(1).actorsAfter(1));
    }

    /** The window, sequentially: a list of the outcomes, the last {@value #SIZE} of them counted. */
    public static class Spec {
        private final List<Boolean> outcomes = new ArrayList<>(); // true: a failure

        public Spec() {
            for (int i = 0; i < PREFILLED; i++) {
                outcomes.add(false);
            }
        }

        public void success() {
            outcomes.add(false);
        }

        public boolean failure() {
            outcomes.add(true);
            int counted = Math.min(outcomes.size(), SIZE);
            return counted >= MINIMUM && (double) failures() / counted >= RATIO;
        }

        public double ratio() {
            return (double) failures() / Math.min(outcomes.size(), SIZE);
        }

        private long failures() {
            return outcomes.subList(Math.max(0, outcomes.size() - SIZE), outcomes.size()).stream()
                    .filter(failed -> failed).count();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && spec.window().equals(window());
        }

        @Override
        public int hashCode() {
            return window().hashCode();
        }

        private List<Boolean> window() {
            return outcomes.subList(Math.max(0, outcomes.size() - SIZE), outcomes.size());
        }
    }
}
