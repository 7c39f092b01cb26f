package dev.breaker.mutiny;

import dev.breaker.core.Permit;
import dev.breaker.core.StateMachine;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.EmptyUniSubscription;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.operators.uni.UniOperatorProcessor;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * A {@code Uni} run through a breaker: each subscription is one call. The permit is taken when it is
 * subscribed (so a {@code Uni} never subscribed is never counted, and each resubscription is a call of
 * its own); a rejection is a subscription that fails with {@link dev.breaker.BreakerOpenException};
 * the subscription's item is a success and its failure a failure (judged by {@code failOn} and
 * {@code skipOn}); a subscription cancelled before either counts as nothing, and a HALF_OPEN trial
 * frees its place at once.
 *
 * <p>One object per call (this one) and one per subscription ({@link Guard}), as any pass-through
 * Mutiny operator. The outcome is recorded once, before the signal goes on downstream, so a
 * subscriber that resubscribes from its failure finds the breaker already updated: the single switch
 * Mutiny's own processor keeps (its upstream subscription, swapped for {@code CANCELLED} by whichever of
 * item, failure and cancellation comes first) decides both what is recorded and what is passed on.
 *
 * @param <T> the item type
 */
final class GuardedUni<T> extends AbstractUni<T> {
    private final StateMachine machine;
    private final Uni<T> upstream;

    GuardedUni(StateMachine machine, Uni<T> upstream) {
        this.machine = machine;
        this.upstream = upstream;
    }

    @Override
    public void subscribe(UniSubscriber<? super T> downstream) {
        Permit permit;
        try {
            permit = machine.acquire();
        } catch (Throwable rejected) { // BreakerOpenException; never thrown to the subscriber
            EmptyUniSubscription.propagateFailureEvent(downstream, rejected);
            return;
        }
        Guard<T> guard = machine.timesCalls() ? new TimedGuard<>(downstream, machine, permit, machine.startTime())
                : new Guard<>(downstream, machine, permit);
        AbstractUni.subscribe(upstream, guard);
    }

    /**
     * One subscription: one call, ended once. Untimed, so it keeps no start time: one field less than
     * {@link TimedGuard}, which is what keeps the CLOSED path within what Mutiny's own pass-through
     * operators allocate.
     */
    static class Guard<T> extends UniOperatorProcessor<T, T> {
        private final StateMachine machine;
        private final Permit permit;

        Guard(UniSubscriber<? super T> downstream, StateMachine machine, Permit permit) {
            super(downstream);
            this.machine = machine;
            this.permit = permit;
        }

        /** @return what {@link StateMachine#startTime()} gave at admission; 0 when calls are not timed */
        long startedAt() {
            return 0;
        }

        @Override
        public void onItem(T item) {
            if (getAndSetUpstreamSubscription(EmptyUniSubscription.CANCELLED) == EmptyUniSubscription.CANCELLED) {
                return; // cancelled first: counted as such
            }
            try {
                machine.onSuccess(permit, startedAt());
            } finally {
                downstream.onItem(item);
            }
        }

        @Override
        public void onFailure(Throwable failure) {
            if (getAndSetUpstreamSubscription(EmptyUniSubscription.CANCELLED) == EmptyUniSubscription.CANCELLED) {
                Infrastructure.handleDroppedException(failure);
                return;
            }
            try {
                machine.onThrowable(permit, failure);
            } finally {
                downstream.onFailure(failure);
            }
        }

        @Override
        public void cancel() {
            UniSubscription subscription = getAndSetUpstreamSubscription(EmptyUniSubscription.CANCELLED);
            if (subscription == EmptyUniSubscription.CANCELLED) {
                return; // already ended
            }
            try {
                machine.onCancelled(permit);
            } finally {
                if (subscription != null && subscription != EmptyUniSubscription.DONE) {
                    subscription.cancel();
                }
            }
        }
    }

    /** One subscription of a breaker that times its calls ({@code slowCallDuration}). */
    static final class TimedGuard<T> extends Guard<T> {
        private final long startedAt;

        TimedGuard(UniSubscriber<? super T> downstream, StateMachine machine, Permit permit, long startedAt) {
            super(downstream, machine, permit);
            this.startedAt = startedAt;
        }

        @Override
        long startedAt() {
            return startedAt;
        }
    }
}
