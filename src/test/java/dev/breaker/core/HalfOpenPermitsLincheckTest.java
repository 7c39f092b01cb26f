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
 * trial ends exactly once (by its caller's result, by its caller cancelling it, or by whoever finds it
 * overdue, never two of them), no admission beyond the limit of trials that count (a cancelled one frees
 * its place), and the period's end read from its trials as a sequential period would give it.
 * Threads 1 and 2 hold the period's two trials from the start, admitted at time 0; {@link #expire()}
 * looks one timeout later, when each of them still unfinished is overdue; {@link #decision()} looks at
 * time 0. A trial admitted during the run (once a cancellation has freed a place) is dated at the time of
 * {@link #expire()}'s look, so it is never overdue.
 * Admissions racing each other are checked by {@link TrialAdmissionLincheckTest}.
 */
@Param(name = "thread", gen = ThreadIdGen.class)
public class HalfOpenPermitsLincheckTest {
    static final int MAX_TRIALS = 2;
    static final long TIMEOUT = 10;

    private final HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, MAX_TRIALS);
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
        // Admitted at the time expire() looks, as a real admission reads the clock: a trial is never
        // overdue at its own admission, and a look that misses one admitted meanwhile misses nothing due.
        held[thread] = phase.tryAdmit(TIMEOUT);
        return held[thread] != null ? "admitted" : "full";
    }

    @Operation
    public String succeed(@Param(name = "thread") int thread) {
        return end(thread, true);
    }

    @Operation
    public String fail(@Param(name = "thread") int thread) {
        return end(thread, false);
    }

    /** @return whether cancelling the thread's trial ended it (and so freed its place) */
    @Operation
    public String cancel(@Param(name = "thread") int thread) {
        Trial trial = held[thread];
        held[thread] = null;
        if (trial == null) {
            return "none";
        }
        return trial.cancel() ? "cancelled" : "already counted as overdue";
    }

    private String end(int thread, boolean success) {
        Trial trial = held[thread];
        held[thread] = null;
        if (trial == null) {
            return "none";
        }
        return trial.end(success, 0) ? "counted" : "already counted as overdue";
    }

    /** @return whether this look, one timeout after the admissions, ended a trial as overdue */
    @Operation
    public boolean expire() {
        boolean[] ended = new boolean[1];
        phase.decide(TIMEOUT, TIMEOUT, deadline -> ended[0] = true);
        return ended[0];
    }

    /** @return what the period has come to at time 0, when no trial can be overdue */
    @Operation
    public String decision() {
        HalfOpenPhase.Decision decision = phase.decide(0, TIMEOUT, deadline -> {
            throw new AssertionError("nothing is overdue at time 0");
        });
        return decision == null ? "open" : decision.reopens() ? "reopens" : "closes";
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
        private final List<Integer> unfinished = new ArrayList<>(); // threads holding a trial of time 0, in admission order
        private int admitted = 2; // trials that count: admitted and not cancelled
        private int succeeded;
        private boolean failed;

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
            held[thread] = Boolean.FALSE; // admitted at the time of the looks: never overdue, so not in `unfinished`
            return "admitted";
        }

        public String succeed(int thread) {
            String ended = end(thread);
            if (ended == null) {
                succeeded++;
                return "counted";
            }
            return ended;
        }

        public String fail(int thread) {
            String ended = end(thread);
            if (ended == null) {
                failed = true;
                return "counted";
            }
            return ended;
        }

        public String cancel(int thread) {
            String ended = end(thread);
            if (ended == null) {
                admitted--;
                return "cancelled";
            }
            return ended;
        }

        private String end(int thread) {
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

        /** One timeout after the admissions, the first trial still running fails at its deadline. */
        public boolean expire() {
            if (unfinished.isEmpty()) {
                return false;
            }
            held[unfinished.remove(0)] = Boolean.TRUE;
            failed = true;
            return true;
        }

        public String decision() {
            return failed ? "reopens" : succeeded == MAX_TRIALS ? "closes" : "open";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Spec spec && java.util.Arrays.equals(held, spec.held)
                    && unfinished.equals(spec.unfinished) && admitted == spec.admitted && succeeded == spec.succeeded
                    && failed == spec.failed;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(held) * 31 + unfinished.hashCode() * 7 + admitted * 3 + succeeded
                    + (failed ? 1000 : 0);
        }
    }
}
