package dev.breaker.core;

import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.ThreadIdGen;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model checking of the trial permits of one HALF_OPEN period, the lock-free heart of the engine: each
 * trial's outcome recorded exactly once (by its caller, or by whoever claims it as overdue, never
 * both), no admission beyond the limit, and the period closing on exactly the last needed success.
 * Threads 1 and 2 hold the period's two trials from the start, admitted at time 0; {@link #expire()}
 * looks one timeout later, when every unfinished trial is overdue.
 *
 * <p>Why the trials are admitted before the parallel part: a trial is counted by the admission CAS and
 * becomes visible to the overdue check only when its thread enqueues it just after. Lincheck finds
 * that window (an overdue check between the two misses the trial); it only delays the claim of a trial
 * that was overdue the moment it was admitted, until the next look. Admissions racing each other are
 * checked by {@link TrialAdmissionLincheckTest}.
 */
@Param(name = "thread", gen = ThreadIdGen.class)
public class HalfOpenPermitsLincheckTest {
    static final int MAX_TRIALS = 2;
    static final long TIMEOUT = 10;

    private final HalfOpenPhase phase = new HalfOpenPhase(0, 0, MAX_TRIALS);
    private final Trial[] held = new Trial[8];

    /** Admits the period's two trials, for threads 1 and 2. */
    public HalfOpenPermitsLincheckTest() {
        held[1] = phase.tryAdmit(0);
        held[2] = phase.tryAdmit(0);
    }

    @BeforeAll
    static void prepare() {
        LincheckSetup.prepare();
    }

    @Operation
    public String admit(@Param(name = "thread") int thread) {
        if (held[thread] != null) {
            return "holding";
        }
        held[thread] = phase.tryAdmit(0);
        return held[thread] != null ? "admitted" : "full";
    }

    @Operation
    public String succeed(@Param(name = "thread") int thread) {
        Trial trial = held[thread];
        held[thread] = null;
        if (trial == null) {
            return "none";
        }
        if (!trial.finish()) {
            return "already counted as overdue";
        }
        return phase.recordSuccess(trial) ? "closes" : "counted";
    }

    @Operation
    public String fail(@Param(name = "thread") int thread) {
        Trial trial = held[thread];
        held[thread] = null;
        if (trial == null) {
            return "none";
        }
        if (!trial.finish()) {
            return "already counted as overdue";
        }
        phase.forget(trial);
        return "reopens";
    }

    @Operation
    public boolean expire() {
        return phase.claimOverdue(TIMEOUT, TIMEOUT) != null;
    }

    @Test
    public void modelChecking() {
        LinChecker.Companion.check(HalfOpenPermitsLincheckTest.class, new ModelCheckingOptions()
                .sequentialSpecification(Spec.class)
                .iterations(5).invocationsPerIteration(100)
                .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(2));
    }

    @Test
    public void stress() {
        LinChecker.Companion.check(HalfOpenPermitsLincheckTest.class, new StressOptions()
                .sequentialSpecification(Spec.class)
                .iterations(3).invocationsPerIteration(200)
                .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(2));
    }

    /** One HALF_OPEN period, sequentially. */
    public static class Spec {
        private final Boolean[] held = new Boolean[8]; // per thread: null none, FALSE running, TRUE counted as overdue
        private final List<Integer> unfinished = new ArrayList<>(); // threads, in admission order
        private int admitted = 2;
        private int succeeded;

        /** Threads 1 and 2 hold the two trials. */
        public Spec() {
            held[1] = Boolean.FALSE;
            held[2] = Boolean.FALSE;
            unfinished.add(1);
            unfinished.add(2);
        }

        public String admit(int thread) {
            if (held[thread] != null) {
                return "holding";
            }
            if (admitted == MAX_TRIALS) {
                return "full";
            }
            admitted++;
            held[thread] = Boolean.FALSE;
            unfinished.add(thread);
            return "admitted";
        }

        public String succeed(int thread) {
            String overdue = release(thread);
            if (overdue != null) {
                return overdue;
            }
            return ++succeeded == MAX_TRIALS ? "closes" : "counted";
        }

        public String fail(int thread) {
            String overdue = release(thread);
            return overdue != null ? overdue : "reopens";
        }

        private String release(int thread) {
            Boolean trial = held[thread];
            held[thread] = null;
            if (trial == null) {
                return "none";
            }
            if (trial) {
                return "already counted as overdue";
            }
            unfinished.remove(Integer.valueOf(thread));
            return null;
        }

        public boolean expire() {
            if (unfinished.isEmpty()) {
                return false;
            }
            held[unfinished.remove(0)] = Boolean.TRUE;
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && java.util.Arrays.equals(held, spec.held)
                    && unfinished.equals(spec.unfinished) && admitted == spec.admitted && succeeded == spec.succeeded;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(held) * 31 + unfinished.hashCode() * 7 + admitted * 3 + succeeded;
        }
    }
}
