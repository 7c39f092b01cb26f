package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The count of openings is carried from phase to phase, an OPEN phase counting itself. */
class PhaseOpeningsTest {
    @Test
    void anOpenPhaseCountsItselfAndTheOthersCarryTheCount() {
        OpenPhase open = new OpenPhase(new ClosedPhase(0, 0, null), 10);
        assertThat(open.openings).isEqualTo(1);
        assertThat(open.transitionsBefore).isEqualTo(1);
        HalfOpenPhase halfOpen = new HalfOpenPhase(2, open.openings, 20, 1);
        OpenPhase reopened = new OpenPhase(halfOpen, 30);
        assertThat(reopened.openings).isEqualTo(2);
        assertThat(reopened.transitionsBefore).isEqualTo(3);
    }

    @Test
    void theCountStopsAtItsLargestValueRatherThanWrap() {
        OpenPhase open = new OpenPhase(new ClosedPhase(7, Integer.MAX_VALUE, null), 0);
        assertThat(open.openings).isEqualTo(Integer.MAX_VALUE);
        assertThat(open.transitionsBefore).isEqualTo(8);
    }
}
