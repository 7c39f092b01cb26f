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

    Phase(long transitionsBefore) {
        this.transitionsBefore = transitionsBefore;
    }

    abstract CircuitState state();
}
