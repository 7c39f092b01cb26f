package dev.breaker.core;

/**
 * The proof that a call was admitted, handed back with its outcome: the {@link ClosedPhase} that
 * admitted it (so admitting a CLOSED call allocates nothing), or the {@link Trial} of a HALF_OPEN
 * period. It names the phase that admitted the call, so that a result arriving after that phase ended
 * decides nothing.
 */
public sealed interface Permit permits ClosedPhase, Trial {
}
