package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import kotlin.coroutines.Continuation;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

/**
 * A method whose outcome comes after it returns, in a way the library does not follow, is a deployment
 * error naming the method, its return type and what is supported: never a breaker, retry or fallback
 * that would silently count the return.
 */
class UnsupportedReturnTest {
    private static final String OWN = UnsupportedReturnTest.class.getName();
    private static final String BREAKER_SUPPORTED = ", so the breaker would count the method's return instead of"
            + " that outcome. A @Breaker method returns a value, a CompletionStage or CompletableFuture, or a Mutiny"
            + " Uni (each subscription is one call); return one of those, or call through CircuitBreaker";

    @ApplicationScoped
    static class Streams {
        @Breaker(name = "streams")
        Multi<String> prices() {
            return Multi.createFrom().items("1.23");
        }
    }

    @Test
    void aMutinyMulti() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(Streams.class))).containsExactly(
                "BRK-307 Circuit breaker 'streams': @Breaker on " + OWN + "$Streams.prices() is not allowed: it returns"
                        + " Multi<String>, a Mutiny Multi, whose items come after the method returns" + BREAKER_SUPPORTED);
    }

    @ApplicationScoped
    static class FlowPublisher {
        @Breaker(name = "flow")
        Flow.Publisher<String> prices() {
            return Multi.createFrom().items("1.23");
        }
    }

    @Test
    void aFlowPublisher() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FlowPublisher.class))).containsExactly(
                "BRK-307 Circuit breaker 'flow': @Breaker on " + OWN + "$FlowPublisher.prices() is not allowed: it"
                        + " returns Publisher<String>, a Flow.Publisher, whose items come after the method returns"
                        + BREAKER_SUPPORTED);
    }

    @ApplicationScoped
    static class ReactiveStreams {
        @Breaker(name = "reactive-streams")
        Publisher<String> prices() {
            return subscriber -> { };
        }
    }

    @Test
    void aReactiveStreamsPublisher() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(ReactiveStreams.class))).containsExactly(
                "BRK-307 Circuit breaker 'reactive-streams': @Breaker on " + OWN + "$ReactiveStreams.prices() is not"
                        + " allowed: it returns Publisher<String>, a Reactive Streams Publisher, whose items come after"
                        + " the method returns" + BREAKER_SUPPORTED);
    }

    @ApplicationScoped
    static class PlainFuture {
        @Breaker(name = "future")
        Future<String> price() {
            return null;
        }
    }

    @Test
    void aFutureThatIsNotACompletionStage() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(PlainFuture.class))).containsExactly(
                "BRK-307 Circuit breaker 'future': @Breaker on " + OWN + "$PlainFuture.price() is not allowed: it"
                        + " returns Future<String>, a Future that is not a CompletionStage, whose outcome comes after"
                        + " the method returns" + BREAKER_SUPPORTED);
    }

    /** What the Kotlin compiler makes of {@code suspend fun price(symbol: String): String}. */
    @ApplicationScoped
    static class Suspending {
        @Breaker(name = "suspend")
        Object price(String symbol, Continuation<? super String> continuation) {
            return null;
        }
    }

    @Test
    void aKotlinSuspendFunction() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(Suspending.class))).containsExactly(
                "BRK-307 Circuit breaker 'suspend': @Breaker on " + OWN + "$Suspending.price(String, Continuation) is"
                        + " not allowed: it is a Kotlin suspend function (its last parameter is a"
                        + " kotlin.coroutines.Continuation), whose result comes after the method returns"
                        + BREAKER_SUPPORTED);
    }

    @ApplicationScoped
    @Breaker(name = "typed")
    static class TypeLevel {
        String fine() {
            return "ok";
        }

        Multi<String> stream() {
            return Multi.createFrom().empty();
        }
    }

    @Test
    void aTypeLevelBreakerOverAMethodReturningAMulti() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(TypeLevel.class))).containsExactly(
                "BRK-307 Circuit breaker 'typed': @Breaker on " + OWN + "$TypeLevel.stream() is not allowed: it"
                        + " returns Multi<String>, a Mutiny Multi, whose items come after the method returns"
                        + BREAKER_SUPPORTED);
    }

    @ApplicationScoped
    static class Companions {
        @RetryWithBackoff
        Multi<String> retried() {
            return Multi.createFrom().empty();
        }

        @WithFallback("nothing")
        Future<String> answered() {
            return null;
        }

        Future<String> nothing() {
            return null;
        }
    }

    @Test
    void retriesAndFallbacksToo() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(Companions.class))).containsExactlyInAnyOrder(
                "BRK-706 @RetryWithBackoff on " + OWN + "$Companions.retried() is not allowed: it returns"
                        + " Multi<String>, a Mutiny Multi, whose items come after the method returns, so it would see"
                        + " the method's return instead of that outcome. A @RetryWithBackoff method returns a value, a"
                        + " CompletionStage or CompletableFuture, or a Mutiny Uni; return one of those",
                "BRK-706 @WithFallback on " + OWN + "$Companions.answered() is not allowed: it returns Future<String>,"
                        + " a Future that is not a CompletionStage, whose outcome comes after the method returns, so it"
                        + " would see the method's return instead of that outcome. A @WithFallback method returns a"
                        + " value, a CompletionStage or CompletableFuture, or a Mutiny Uni; return one of those");
    }

    @ApplicationScoped
    static class UniFallbacks {
        @WithFallback("count")
        Uni<String> quote() {
            return Uni.createFrom().item("1.23");
        }

        Integer count() {
            return 1;
        }
    }

    @Test
    void aUniMethodsFallbackReturnsTheItemOrAUniOfIt() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(UniFallbacks.class))).containsExactly(
                "BRK-613 @WithFallback(\"count\") on " + OWN + "$UniFallbacks.quote(): the fallback " + OWN
                        + "$UniFallbacks.count() returns Integer, which is not assignable to Uni<String> or to its item"
                        + " String, the return type of the method it answers for");
    }
}
