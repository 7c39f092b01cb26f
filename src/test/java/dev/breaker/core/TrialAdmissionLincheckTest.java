package dev.breaker.core;

import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model checking of admissions racing in one HALF_OPEN period: in every interleaving exactly the first
 * {@code maxTrials} requests get a permit, however the compare-and-set retries fall.
 */
public class TrialAdmissionLincheckTest {
    private static final int MAX_TRIALS = 2;

    private final HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, MAX_TRIALS);

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public boolean admit() {
        return phase.tryAdmit(0) != null;
    }

    @Test
    public void modelChecking() {
        LinChecker.Companion.check(TrialAdmissionLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(3).invocationsPerIteration(100)
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(1));
    }

    /** The first {@code MAX_TRIALS} admissions succeed. */
    public static class Spec {
        private int admitted;

        public boolean admit() {
            return admitted < MAX_TRIALS && ++admitted > 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && spec.admitted == admitted;
        }

        @Override
        public int hashCode() {
            return admitted;
        }
    }
}
