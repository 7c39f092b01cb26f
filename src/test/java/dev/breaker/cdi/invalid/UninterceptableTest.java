package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.Test;

/**
 * One test per place where a container would silently not apply {@code @Breaker} (or fail with a
 * message of its own): each stops the deployment with the library's message, the same in every
 * container.
 */
class UninterceptableTest {
    private static final String OWN = UninterceptableTest.class.getName();

    @ApplicationScoped
    static class PrivateMethod {
        @Breaker(name = "ledger")
        private void call() {
        }

        void caller() {
            call();
        }
    }

    @Test
    void privateMethod() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(PrivateMethod.class))).containsExactly(
                "BRK-301 Circuit breaker 'ledger': @Breaker on " + OWN + "$PrivateMethod.call() is not allowed: the"
                        + " method is private, and a CDI container does not intercept private methods, so the breaker"
                        + " would never run");
    }

    @ApplicationScoped
    static class StaticMethod {
        @Breaker
        static void call() {
        }
    }

    @Test
    void staticMethod() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(StaticMethod.class))).containsExactly(
                "BRK-301 Circuit breaker '" + OWN + "$StaticMethod.call': @Breaker on " + OWN + "$StaticMethod.call()"
                        + " is not allowed: the method is static, and a CDI container does not intercept static"
                        + " methods, so the breaker would never run");
    }

    @Dependent
    static class FinalMethod {
        @Breaker(name = "ledger")
        final void call() {
        }
    }

    @Test
    void finalMethod() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FinalMethod.class))).containsExactly(
                "BRK-301 Circuit breaker 'ledger': @Breaker on " + OWN + "$FinalMethod.call() is not allowed: the"
                        + " method is final, and a CDI container does not intercept final methods, so the breaker"
                        + " would never run");
    }

    /** Not a bean: its final method reaches a bean by inheritance. */
    static class BaseWithFinalMethod {
        @Breaker(name = "ledger")
        final void call() {
        }
    }

    @Dependent
    static class InheritsFinalMethod extends BaseWithFinalMethod {
    }

    @Test
    void finalMethodInheritedFromASuperclass() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(InheritsFinalMethod.class))).containsExactly(
                "BRK-301 Circuit breaker 'ledger': @Breaker on " + OWN + "$BaseWithFinalMethod.call() is not allowed:"
                        + " the method is final, and a CDI container does not intercept final methods, so the breaker"
                        + " would never run");
    }

    @Dependent
    @Breaker(name = "ledger")
    static class FinalMethodUnderType {
        void open() {
        }

        final void close() {
        }
    }

    @Test
    void finalMethodCoveredByATypeLevelBreaker() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FinalMethodUnderType.class))).containsExactly(
                "BRK-302 Circuit breaker 'ledger': @Breaker on class " + OWN + "$FinalMethodUnderType covers " + OWN
                        + "$FinalMethodUnderType.close(), which is final: a CDI container cannot intercept a final"
                        + " method, so the breaker would never run there; remove final, or annotate the other methods"
                        + " one by one");
    }

    @Dependent
    static final class FinalClass {
        @Breaker(name = "ledger")
        void call() {
        }
    }

    @Test
    void finalClass() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FinalClass.class))).containsExactly(
                "BRK-303 Circuit breakers 'ledger': @Breaker in " + OWN + "$FinalClass is not allowed: the class is"
                        + " final, and a CDI container cannot intercept a final class, so no breaker would run; remove"
                        + " final");
    }

    /** Not a bean itself (no bean-defining annotation): only the producer makes its instances. */
    static class ProducedClient {
        @Breaker(name = "exchange-api")
        String ticker() {
            return "BTC";
        }
    }

    @ApplicationScoped
    static class ClientFactory {
        @Produces
        ProducedClient client() {
            return new ProducedClient();
        }
    }

    @Test
    void classWhoseInstancesAProducerReturns() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(ClientFactory.class))).containsExactly(
                "BRK-304 Circuit breakers 'exchange-api': @Breaker in " + OWN + "$ProducedClient would never run for"
                        + " the instances that " + OWN + "$ClientFactory.client produces: a CDI container does not"
                        + " intercept the objects a producer returns; make the class a bean of its own, or call"
                        + " through CircuitBreakerRegistry");
    }
}
