package dev.breaker.mutiny;

import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.EmptyUniSubscription;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.operators.uni.UniOperatorProcessor;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * A {@code Uni} whose failure a fallback method answers: when a subscription fails with a failure the
 * fallback answers ({@link UniFallback#answers}, judged with the wrappers of asynchronous code removed),
 * the fallback runs, and its value is the item; a fallback that returns a {@code Uni} is subscribed
 * instead, and its item or failure is the outcome. A failure it does not answer, and the fallback's own
 * failure, reach the subscriber as they are. Cancelling the subscription cancels whichever of the two
 * is under way.
 *
 * @param <T> the item type
 */
final class FallbackUni<T> extends AbstractUni<T> {
    private final Uni<T> upstream;
    private final UniFallback fallback;

    FallbackUni(Uni<T> upstream, UniFallback fallback) {
        this.upstream = upstream;
        this.fallback = fallback;
    }

    @Override
    public void subscribe(UniSubscriber<? super T> downstream) {
        AbstractUni.subscribe(upstream, new Answering<>(downstream, fallback));
    }

    /** One subscription: the method's {@code Uni}, then perhaps the fallback's. */
    static final class Answering<T> extends UniOperatorProcessor<T, T> {
        private final UniFallback fallback;
        private volatile boolean cancelled;
        private volatile UniSubscription answering;

        Answering(UniSubscriber<? super T> downstream, UniFallback fallback) {
            super(downstream);
            this.fallback = fallback;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void onFailure(Throwable failure) {
            if (getAndSetUpstreamSubscription(EmptyUniSubscription.CANCELLED) == EmptyUniSubscription.CANCELLED) {
                Infrastructure.handleDroppedException(failure);
                return;
            }
            Throwable judged = fallback.failureOf(failure);
            if (!fallback.answers(judged)) {
                downstream.onFailure(failure);
                return;
            }
            Object answer;
            try {
                answer = fallback.answer(judged);
            } catch (Throwable fallbackFailed) {
                downstream.onFailure(fallbackFailed);
                return;
            }
            if (!fallback.returnsUni()) {
                downstream.onItem((T) answer);
                return;
            }
            if (answer == null) {
                downstream.onFailure(new NullPointerException("the fallback method returned null instead of a Uni"));
                return;
            }
            AbstractUni.subscribe((Uni<T>) answer, new Following());
        }

        @Override
        public void cancel() {
            cancelled = true;
            super.cancel();
            UniSubscription following = answering;
            if (following != null) {
                following.cancel();
            }
        }

        /** The fallback's own {@code Uni}. */
        private final class Following implements UniSubscriber<T> {
            @Override
            public Context context() {
                return downstream.context();
            }

            @Override
            public void onSubscribe(UniSubscription subscription) {
                answering = subscription;
                if (cancelled) {
                    subscription.cancel();
                }
            }

            @Override
            public void onItem(T item) {
                if (!cancelled) {
                    downstream.onItem(item);
                }
            }

            @Override
            public void onFailure(Throwable failure) {
                if (!cancelled) {
                    downstream.onFailure(failure);
                } else {
                    Infrastructure.handleDroppedException(failure);
                }
            }
        }
    }
}
