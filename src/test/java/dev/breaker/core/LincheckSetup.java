package dev.breaker.core;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every Lincheck test of the engine does first.
 *
 * <p>Lincheck 2.39 instruments classes lazily: it walks the static fields of every class reachable
 * from the objects under test with {@code Unsafe.staticFieldBase}, which the JDK refuses for record
 * classes, so a model-checking run that reaches {@code BreakerSettings} (a record with constants) fails.
 * Instrumenting every class as it loads ({@code lincheck.instrumentAllClasses}) avoids that walk but
 * costs about half a minute plus a quarter second per interleaving on two busy cores, so it is opt-in:
 * {@code -Dbreaker.lincheck.modelChecking=true} turns on model checking of the whole state machine.
 * The normal run model-checks the lock-free primitives (HalfOpenPhase, Trial, ClosedPhase), which reach
 * no record, and stress-tests the whole state machine.
 */
final class LincheckSetup {
    /** The system property that turns on model checking of the whole state machine. */
    static final String FULL_MODEL_CHECKING = "breaker.lincheck.modelChecking";
    private static final Logger QUIET = Logger.getLogger("dev.breaker");

    private LincheckSetup() {
    }

    /** Call from {@code @BeforeAll}, before any Lincheck run in this JVM. */
    static void prepare() {
        QUIET.setLevel(Level.OFF); // transitions log; logging machinery is not what is under test
        if (Boolean.getBoolean(FULL_MODEL_CHECKING)) {
            System.setProperty("lincheck.instrumentAllClasses", "true"); // read once, when the agent starts
        }
    }
}
