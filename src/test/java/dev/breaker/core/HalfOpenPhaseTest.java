package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitState;
import org.junit.jupiter.api.Test;

/** One HALF_OPEN period's bookkeeping, seen from inside the engine. */
class HalfOpenPhaseTest {
    @Test
    void countsAdmissionsAndSuccessesAndKnowsWhichTrialIsOverdue() {
        HalfOpenPhase phase = new HalfOpenPhase(2, 100, 2);
        Trial first = phase.tryAdmit(100);
        Trial second = phase.tryAdmit(105);
        assertThat(phase.tryAdmit(106)).isNull();
        assertThat(phase.admitted()).isEqualTo(2);
        assertThat(phase.inFlight()).isEqualTo(2);

        assertThat(first.finish()).isTrue();
        assertThat(phase.recordSuccess(first)).isFalse();
        assertThat(phase.succeeded()).isEqualTo(1);
        assertThat(phase.inFlight()).isEqualTo(1);

        assertThat(phase.claimOverdue(114, 10)).isNull();
        assertThat(phase.claimOverdue(115, 10)).isSameAs(second);
        assertThat(second.finish()).isFalse();
        assertThat(phase.inFlight()).isZero();
        assertThat(phase.state()).isEqualTo(dev.breaker.CircuitState.HALF_OPEN);
        assertThat(phase.transitionsBefore).isEqualTo(2);
    }

    @Test
    void claimsTheEarliestOverdueTrialWhateverTheQueueOrder() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 2);
        Trial later = phase.tryAdmit(5);
        Trial earlier = phase.tryAdmit(-5); // dated earlier though enqueued second, as under contention
        assertThat(phase.claimOverdue(20, 10)).isSameAs(earlier);
        assertThat(phase.claimOverdue(20, 10)).isSameAs(later);
    }
}
