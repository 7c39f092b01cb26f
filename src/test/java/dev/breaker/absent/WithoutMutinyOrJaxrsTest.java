package dev.breaker.absent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.deployment.MethodView;
import dev.breaker.deployment.ReturnRule;
import dev.breaker.deployment.TypeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutiny and JAX-RS are optional: without their APIs on the class path (the mutiny-jaxrs-absent
 * execution of pom.xml removes them), the library deploys and works through both extensions, and loads
 * no class of its Mutiny or JAX-RS packages.
 */
class WithoutMutinyOrJaxrsTest {
    private static final List<String> NEVER_LOADED = List.of("dev.breaker.mutiny.MutinyCalls",
            "dev.breaker.mutiny.GuardedUni", "dev.breaker.mutiny.RetriedUni", "dev.breaker.mutiny.FallbackUni",
            "dev.breaker.jaxrs.BreakerHttpFeature", "dev.breaker.jaxrs.BreakerHttpFeature$Listed",
            "dev.breaker.jaxrs.BreakerOpenExceptionMapper");

    @ApplicationScoped
    static class Orders {
        @Breaker(name = "orders", failureThreshold = 1)
        String order(boolean fail) {
            if (fail) {
                throw new IllegalStateException("down");
            }
            return "ordered";
        }

        @Breaker(name = "async-orders")
        @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 10)
        CompletionStage<String> orderLater() {
            return CompletableFuture.completedFuture("later");
        }

        @WithFallback("none")
        @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 10)
        String cancel() {
            throw new IllegalStateException("cannot");
        }

        String none() {
            return "nothing to cancel";
        }
    }

    @BeforeAll
    static void mutinyAndJaxrsAreAbsent() {
        assertThatThrownBy(() -> Class.forName("io.smallrye.mutiny.Uni"))
                .as("run by the mutiny-jaxrs-absent execution of pom.xml").isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("jakarta.ws.rs.core.Feature")).isInstanceOf(ClassNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void theLibraryWorksAndLoadsNothingOfItsMutinyAndJaxrsPackages(ExtensionPath path) throws Throwable {
        try (SeContainer container = TestDeployment.of(Orders.class, RecordingRetryScheduler.class).through(path)
                .weld().initialize()) {
            Orders orders = container.select(Orders.class).get();
            assertThat(orders.order(false)).isEqualTo("ordered");
            assertThatThrownBy(() -> orders.order(true)).hasMessage("down");
            assertThatThrownBy(() -> orders.order(false)).isInstanceOf(BreakerOpenException.class);
            assertThat(orders.orderLater().toCompletableFuture().join()).isEqualTo("later");
            assertThat(orders.cancel()).isEqualTo("nothing to cancel");
        }
        MethodHandle findLoaded = MethodHandles.privateLookupIn(ClassLoader.class, MethodHandles.lookup())
                .findVirtual(ClassLoader.class, "findLoadedClass", MethodType.methodType(Class.class, String.class));
        ClassLoader loader = Orders.class.getClassLoader();
        for (String name : NEVER_LOADED) {
            assertThat((Class<?>) findLoaded.invoke(loader, name)).as(name).isNull();
        }
    }

    /**
     * An application that sees Mutiny beside a library that does not (the library in a server module, the
     * application's own Mutiny in its archive) is refused at deployment, not at the first call: the
     * method is read by name here, as the extensions read it, since no class returning a Uni loads here.
     */
    @Test
    void aUniTheLibraryCannotFollowIsADeploymentError() {
        TypeView uni = new TypeView("io.smallrye.mutiny.Uni", "Uni", "Uni<String>", "Uni<String>", false,
                Set.of("io.smallrye.mutiny.Uni"));
        MethodView quote = new MethodView("com.acme.Quotes", "quote", List.of(), uni, Modifier.PUBLIC, false,
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(ReturnRule.kindOf(quote)).isEqualTo(ReturnRule.Kind.UNI);
        assertThat(ReturnRule.unsupported(quote)).contains("it returns Uni<String>, a Mutiny Uni, but the class"
                + " loader of the Breaker library cannot load Mutiny to follow its subscriptions (put the library"
                + " where Mutiny is visible to it: beside Mutiny, in the application)");
    }
}
