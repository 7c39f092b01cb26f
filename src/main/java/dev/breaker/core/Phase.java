package dev.breaker.core;

import dev.breaker.CircuitState;

/**
 * One period of a breaker's life in one state. A breaker swaps its current phase by compare-and-set
 * and never reuses a phase object, so a phase's identity tells apart "the CLOSED period this call was
 * admitted in" from a later CLOSED period: a result that arrives after its phase ended decides nothing.
 */
abstract sealed class Phase permits ClosedPhase, OpenPhase, HalfOpenPhase {
    /** Transitions the breaker had made when this phase began: its lifetime state-change count. */
    final long transitionsBefore;
    /**
     * Transitions to OPEN the breaker had made by the start of this phase, an OPEN phase counting itself:
     * its lifetime count of openings. Carried from phase to phase, so counting it costs nothing per call,
     * and a snapshot reads it with the state change count from one phase, never one without the other.
     * An {@code int}, which fits in the padding of a CLOSED phase where a {@code long} would add eight
     * bytes to every idle breaker; it stops at {@link Integer#MAX_VALUE} (68 years of one opening a second).
     */
    final int openings;

    Phase(long transitionsBefore, int openings) {
        this.transitionsBefore = transitionsBefore;
        this.openings = openings;
    }

    abstract CircuitState state();
}
