package dev.breaker.cdi.uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Methods returning a Mutiny {@code Uni}, through the library's interceptors (in both extensions): each
 * subscription is one call, a rejection is a failed {@code Uni}, a cancelled subscription counts as
 * nothing, a retry resubscribes after the library's waits, a fallback answers with an item or a
 * {@code Uni}.
 */
@EnableWeld
class UniMethodsTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(PricesClient.class, FakeClock.class, RecordingRetryScheduler.class)
            .initiator();

    @Inject
    PricesClient client;
    @Inject
    CircuitBreakerRegistry registry;
    @Inject
    FakeClock clock;
    @Inject
    RecordingRetryScheduler waits;

    private BreakerMetrics metrics(String name) {
        return registry.get(name).getMetrics();
    }

    private static <T> UniAssertSubscriber<T> subscribe(Uni<T> uni) {
        return uni.subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private void openPrices() {
        for (int i = 0; i < 2; i++) {
            subscribe(client.price(Uni.createFrom().failure(new IllegalStateException("down"))));
        }
        assertThat(registry.get("uni-prices").state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void anItemIsASuccessAndAFailureAFailureOfTheSubscription() {
        subscribe(client.price(Uni.createFrom().item("1.23"))).assertItem("1.23");
        assertThat(metrics("uni-prices").successCount()).isEqualTo(1);

        subscribe(client.price(Uni.createFrom().failure(new IllegalStateException("down"))))
                .assertFailedWith(IllegalStateException.class, "down");
        assertThat(metrics("uni-prices").failureCount()).isEqualTo(1);
    }

    @Test
    void aUniNeverSubscribedIsNeverCountedAndEachResubscriptionIsACallOfItsOwn() {
        Uni<String> price = client.price(Uni.createFrom().item("1.23"));
        assertThat(client.calls()).isEqualTo(1);
        assertThat(metrics("uni-prices").totalCalls()).isZero();

        subscribe(price).assertItem("1.23");
        subscribe(price).assertItem("1.23");
        subscribe(price).assertItem("1.23");
        assertThat(metrics("uni-prices").successCount()).isEqualTo(3);
        assertThat(client.subscriptions()).isEqualTo(3);
    }

    @Test
    void aRejectionIsAUniThatFailsNeverAThrowAndTheMethodsUniIsNotSubscribed() {
        openPrices();
        int subscribed = client.subscriptions();

        Uni<String> rejected = client.price(Uni.createFrom().item("never"));
        UniAssertSubscriber<String> subscriber = subscribe(rejected).assertFailedWith(BreakerOpenException.class);

        assertThat(((BreakerOpenException) subscriber.getFailure()).retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(client.subscriptions()).isEqualTo(subscribed);
        assertThat(metrics("uni-prices").rejectedCount()).isEqualTo(1);
    }

    @Test
    void aMethodThatThrowsInsteadOfReturningAUniIsAFailureCountedAtSubscription() throws IOException {
        Uni<String> refused = client.refuse();
        assertThat(metrics("uni-prices").totalCalls()).isZero();
        subscribe(refused).assertFailedWith(IOException.class, "no connection");
        assertThat(metrics("uni-prices").failureCount()).isEqualTo(1);
    }

    @Test
    void aCancelledSubscriptionCountsAsNothingAndACancelledTrialFreesItsPlace() {
        UniAssertSubscriber<String> closed = subscribe(client.price(Uni.createFrom().nothing()));
        closed.cancel();
        assertThat(metrics("uni-prices").totalCalls()).isZero();

        openPrices();
        clock.advance(Duration.ofSeconds(10));
        UniAssertSubscriber<String> trial = subscribe(client.price(Uni.createFrom().nothing()));
        subscribe(client.price(Uni.createFrom().item("no place"))).assertFailedWith(BreakerOpenException.class);

        trial.cancel();
        subscribe(client.price(Uni.createFrom().item("1.23"))).assertItem("1.23");
        assertThat(registry.get("uni-prices").state()).isEqualTo(CircuitState.CLOSED);
        BreakerMetrics metrics = metrics("uni-prices");
        assertThat(metrics.successCount()).isEqualTo(1);
        assertThat(metrics.failureCount()).isEqualTo(2);
        assertThat(metrics.rejectedCount()).isEqualTo(1);
    }

    @Test
    void aRetryResubscribesAfterTheLibrarysWaitsAndTheBreakerCountsOneCall() {
        client.failNext(2);
        UniAssertSubscriber<String> subscriber = subscribe(client.flaky("ACME"));
        subscriber.assertNotTerminated();
        assertThat(waits.delays()).containsExactly(40L);

        waits.endNextWait();
        waits.endNextWait();
        subscriber.assertItem("ACME 1.23");
        assertThat(waits.delays()).containsExactly(40L, 80L);
        assertThat(waits.sleeps()).isEmpty();
        assertThat(client.calls()).as("the method ran once; its Uni was subscribed three times").isEqualTo(1);
        assertThat(client.subscriptions()).isEqualTo(3);
        assertThat(metrics("uni-retried").successCount()).isEqualTo(1);
        assertThat(metrics("uni-retried").failureCount()).isZero();
    }

    @Test
    void aRetryEndsWithTheLastFailureAndCountsOneFailure() {
        client.failNext(5);
        UniAssertSubscriber<String> subscriber = subscribe(client.flaky("ACME"));
        waits.endNextWait();
        waits.endNextWait();
        subscriber.assertFailedWith(IllegalStateException.class, "not yet");
        assertThat(metrics("uni-retried").failureCount()).isEqualTo(1);
        assertThat(registry.get("uni-retried").state()).isEqualTo(CircuitState.OPEN);
        assertThat(waits.pendingWaits()).isZero();
    }

    @Test
    void cancellingARetriedUniWhileItWaitsStopsTheRunAndCountsNothing() {
        client.failNext(5);
        UniAssertSubscriber<String> subscriber = subscribe(client.flaky("ACME"));
        subscriber.cancel();
        waits.endNextWait();
        assertThat(client.subscriptions()).isEqualTo(1);
        assertThat(metrics("uni-retried").totalCalls()).isZero();
    }

    @Test
    void aRetryStopsBetweenAttemptsOnceItsBreakerIsOpen() {
        client.failNext(5);
        UniAssertSubscriber<String> retrying = subscribe(client.flaky("ACME"));
        // Another call opens the breaker while the first one waits.
        assertThatThrownBy(() -> registry.get("uni-retried").call(() -> {
            throw new IllegalStateException("another call failed");
        })).hasMessage("another call failed");
        assertThat(registry.get("uni-retried").state()).isEqualTo(CircuitState.OPEN);

        waits.endNextWait();
        retrying.assertFailedWith(IllegalStateException.class, "not yet");
        assertThat(client.subscriptions()).as("no attempt after the breaker opened").isEqualTo(1);
        assertThat(waits.pendingWaits()).isZero();
    }

    @Test
    void aFallbackAnswersWithItsItemAlsoForARejection() {
        subscribe(client.quote(Uni.createFrom().failure(new IllegalStateException("down"))))
                .assertItem("cached after IllegalStateException");
        assertThat(registry.get("uni-fallback").state()).isEqualTo(CircuitState.OPEN);

        subscribe(client.quote(Uni.createFrom().item("never"))).assertItem("cached after BreakerOpenException");
        subscribe(client.quote(Uni.createFrom().item("never"))).assertItem("cached after BreakerOpenException");
        assertThat(metrics("uni-fallback").rejectedCount()).isEqualTo(2);
    }

    @Test
    void aFallbackReturningAUniIsSubscribed() {
        subscribe(client.slowQuote(Uni.createFrom().failure(new IllegalStateException("down"))))
                .assertItem("from the fallback's Uni");
        subscribe(client.slowQuote(Uni.createFrom().item("fine"))).assertItem("fine");
    }
}
