package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** One HALF_OPEN period's bookkeeping, seen from inside the engine. */
class HalfOpenPhaseTest {
    private static final LongConsumer NOTHING_OVERDUE = deadline -> {
        throw new AssertionError("no trial is overdue here");
    };

    @Test
    void countsAdmissionsAndSuccessesAndKnowsWhichTrialIsOverdue() {
        HalfOpenPhase phase = new HalfOpenPhase(2, 1, 100, 2);
        Trial first = phase.tryAdmit(100);
        Trial second = phase.tryAdmit(105);
        assertThat(phase.tryAdmit(106)).isNull();
        assertThat(phase.admitted()).isEqualTo(2);
        assertThat(phase.inFlight()).isEqualTo(2);

        assertThat(first.end(true, 110)).isTrue();
        assertThat(phase.decide(110, 10, NOTHING_OVERDUE)).isNull();
        assertThat(phase.succeeded()).isEqualTo(1);
        assertThat(phase.inFlight()).isEqualTo(1);

        assertThat(phase.decide(114, 10, NOTHING_OVERDUE)).isNull();
        List<Long> ended = new ArrayList<>();
        assertThat(phase.decide(115, 10, ended::add)).isEqualTo(new HalfOpenPhase.Decision(true, 115));
        assertThat(ended).containsExactly(115L);
        assertThat(second.end(true, 116)).isFalse();
        assertThat(phase.inFlight()).isZero();
        assertThat(phase.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(phase.transitionsBefore).isEqualTo(2);
    }

    @Test
    void endsTheEarliestOverdueTrialWhateverTheOrderOfAdmission() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 2);
        Trial later = phase.tryAdmit(5);
        Trial earlier = phase.tryAdmit(-5); // dated earlier though admitted second, as under contention
        List<Long> ended = new ArrayList<>();
        assertThat(phase.decide(20, 10, ended::add)).isEqualTo(new HalfOpenPhase.Decision(true, 5));
        assertThat(earlier.outcome()).isEqualTo(new Trial.Outcome(false, 5));
        assertThat(later.outcome()).isNull();
        assertThat(ended).containsExactly(5L);
    }

    @Test
    void closesAtTheLastOfItsSuccessesAndReopensAtItsFirstFailure() {
        HalfOpenPhase closing = new HalfOpenPhase(0, 0, 0, 2);
        closing.tryAdmit(0).end(true, 7);
        closing.tryAdmit(1).end(true, 4);
        assertThat(closing.decide(8, 100, NOTHING_OVERDUE)).isEqualTo(new HalfOpenPhase.Decision(false, 7));

        HalfOpenPhase reopening = new HalfOpenPhase(0, 0, 0, 3);
        reopening.tryAdmit(0).end(true, 2);
        reopening.tryAdmit(0).end(false, 6);
        reopening.tryAdmit(0).end(false, 3);
        assertThat(reopening.decide(8, 100, NOTHING_OVERDUE)).isEqualTo(new HalfOpenPhase.Decision(true, 3));
    }

    @Test
    void anOverdueDeadlineBeforeARecordedFailureComesFirst() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 2);
        Trial hung = phase.tryAdmit(0);
        phase.tryAdmit(0).end(false, 50);
        assertThat(phase.decide(60, 10, deadline -> { })).isEqualTo(new HalfOpenPhase.Decision(true, 10));
        assertThat(hung.outcome()).isEqualTo(new Trial.Outcome(false, 10));
    }
}
