package dev.breaker.jcstress;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the engine's transition log off in the test VMs: each test opens breakers millions of times,
 * and logging every one would drown the output and slow the test down to a crawl.
 */
final class SilencedEngineLog {
    /** Held strongly: java.util.logging forgets a logger's level once nothing refers to it. */
    private static final Logger ENGINE = Logger.getLogger("dev.breaker");

    static {
        ENGINE.setLevel(Level.OFF);
    }

    private SilencedEngineLog() {
    }

    /** Loading this class is what silences the log; call it from each test's static initializer. */
    static void install() {
        // the static initializer did the work
    }
}
