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
        assertThat(phase.counting()).isEqualTo(2);
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

    @Test
    void aCancelledTrialFreesItsPlaceAtOnce() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 2);
        Trial first = phase.tryAdmit(0);
        Trial second = phase.tryAdmit(0);
        assertThat(phase.tryAdmit(0)).isNull();

        assertThat(first.cancel()).isTrue();
        assertThat(phase.counting()).isEqualTo(1);
        assertThat(phase.inFlight()).isEqualTo(1);
        Trial third = phase.tryAdmit(1);
        assertThat(third).isNotNull();
        assertThat(phase.tryAdmit(1)).isNull();
        assertThat(phase.counting()).isEqualTo(2);
        assertThat(second.outcome()).isNull();
    }

    @Test
    void aCancelledTrialCountsAsNeitherSuccessNorFailure() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 2);
        phase.tryAdmit(0).end(true, 3);
        phase.tryAdmit(0).cancel();
        assertThat(phase.decide(5, 100, NOTHING_OVERDUE)).isNull();
        assertThat(phase.succeeded()).isEqualTo(1);

        phase.tryAdmit(6).end(true, 8);
        assertThat(phase.decide(9, 100, NOTHING_OVERDUE)).isEqualTo(new HalfOpenPhase.Decision(false, 8));
    }

    @Test
    void aCancelledTrialIsNeverOverdue() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 1);
        Trial cancelled = phase.tryAdmit(0);
        cancelled.cancel();
        assertThat(cancelled.isOverdue(1_000, 10)).isFalse();
        assertThat(phase.decide(1_000, 10, NOTHING_OVERDUE)).isNull();
        assertThat(cancelled.outcome()).isSameAs(Trial.CANCELLED);
    }

    @Test
    void aTrialEndsOnceWhicheverOfResultCancellationAndDeadlineComesFirst() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 3);
        Trial succeeded = phase.tryAdmit(0);
        assertThat(succeeded.end(true, 1)).isTrue();
        assertThat(succeeded.cancel()).isFalse();
        assertThat(succeeded.outcome()).isEqualTo(new Trial.Outcome(true, 1));

        Trial cancelled = phase.tryAdmit(0);
        assertThat(cancelled.cancel()).isTrue();
        assertThat(cancelled.end(false, 2)).isFalse();
        assertThat(cancelled.cancel()).isFalse();
        assertThat(cancelled.isCancelled()).isTrue();

        Trial overdue = phase.tryAdmit(0);
        List<Long> ended = new ArrayList<>();
        assertThat(phase.decide(10, 10, ended::add)).isEqualTo(new HalfOpenPhase.Decision(true, 10));
        assertThat(overdue.cancel()).isFalse();
        assertThat(overdue.outcome()).isEqualTo(new Trial.Outcome(false, 10));
        assertThat(ended).containsExactly(10L);
    }

    @Test
    void cancellationsDoNotMakeThePeriodGrow() {
        HalfOpenPhase phase = new HalfOpenPhase(0, 0, 0, 2);
        Trial kept = phase.tryAdmit(0);
        for (int i = 0; i < 10_000; i++) {
            Trial trial = phase.tryAdmit(i);
            assertThat(trial).isNotNull();
            trial.cancel();
            assertThat(phase.held()).isLessThanOrEqualTo(2);
        }
        assertThat(phase.counting()).isEqualTo(1);
        assertThat(phase.inFlight()).isEqualTo(1);
        assertThat(kept.outcome()).isNull();
    }
}
