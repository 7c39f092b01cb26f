package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Annotations a CDI container reads but never applies to the bean: on a superclass's method that the
 * bean class overrides without repeating them, and on an interface that no REST client reads. Each stops
 * the deployment, naming where the annotation is and where it belongs.
 */
class UnappliedAnnotationTest {
    private static final String OWN = UnappliedAnnotationTest.class.getName();

    /** Not a bean: its subclass is. */
    public static class Payments {
        @Breaker(name = "payments", failureThreshold = 1)
        @RetryWithBackoff(maxAttempts = 2)
        @WithFallback("later")
        public String pay(int cents) {
            return "paid " + cents;
        }

        public String later(int cents) {
            return "later";
        }
    }

    @ApplicationScoped
    public static class CardPayments extends Payments {
        @Override
        public String pay(int cents) {
            return "card " + cents;
        }
    }

    @Test
    void annotationsOfAnOverriddenMethod() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CardPayments.class))).containsExactlyInAnyOrder(
                "BRK-308 Circuit breaker 'payments': @Breaker on " + OWN + "$Payments.pay(int) does not apply to "
                        + OWN + "$CardPayments.pay(int), which overrides that method without @Breaker: a CDI"
                        + " container applies a method's annotations only where it is not overridden, so the breaker"
                        + " would never run for " + OWN + "$CardPayments; put @Breaker on " + OWN
                        + "$CardPayments.pay(int) too",
                "BRK-707 @RetryWithBackoff on " + OWN + "$Payments.pay(int) does not apply to " + OWN
                        + "$CardPayments.pay(int), which overrides that method without it: a CDI container applies a"
                        + " method's annotations only where it is not overridden, so it would never apply for " + OWN
                        + "$CardPayments; put @RetryWithBackoff on " + OWN + "$CardPayments.pay(int) too",
                "BRK-707 @WithFallback on " + OWN + "$Payments.pay(int) does not apply to " + OWN
                        + "$CardPayments.pay(int), which overrides that method without it: a CDI container applies a"
                        + " method's annotations only where it is not overridden, so it would never apply for " + OWN
                        + "$CardPayments; put @WithFallback on " + OWN + "$CardPayments.pay(int) too");
    }

    /** Not a bean; its breaker is unnamed, so named after the method that declares it. */
    public abstract static class Quotes {
        @Breaker
        public abstract String quote();
    }

    @ApplicationScoped
    public static class FixedQuotes extends Quotes {
        @Override
        public String quote() {
            return "1.23";
        }
    }

    @Test
    void aBreakerOnAnAbstractMethod() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FixedQuotes.class))).containsExactly(
                "BRK-308 Circuit breaker '" + OWN + "$Quotes.quote': @Breaker on " + OWN + "$Quotes.quote() does not"
                        + " apply to " + OWN + "$FixedQuotes.quote(), which overrides that method without @Breaker: a"
                        + " CDI container applies a method's annotations only where it is not overridden, so the"
                        + " breaker would never run for " + OWN + "$FixedQuotes; put @Breaker on " + OWN
                        + "$FixedQuotes.quote() too");
    }

    public interface Gateway {
        @Breaker(name = "gateway")
        @WithFallback("none")
        String pay(int cents);

        @RetryWithBackoff
        String refund(int cents);
    }

    @ApplicationScoped
    public static class CardGateway implements Gateway {
        @Override
        public String pay(int cents) {
            return "paid " + cents;
        }

        @Override
        public String refund(int cents) {
            return "refunded " + cents;
        }
    }

    @Test
    void annotationsOnAnInterface() {
        String rule = " is an interface, and a CDI container never applies an interface's annotations to the classes"
                + " that implement it, so ";
        String restClient = " (a MicroProfile Rest Client interface is read by its REST client: mark it"
                + " @RegisterRestClient)";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CardGateway.class, Gateway.class)))
                .containsExactlyInAnyOrder(
                        "BRK-309 Circuit breaker 'gateway': @Breaker on " + OWN + "$Gateway.pay(int) is not allowed: "
                                + OWN + "$Gateway" + rule + "the breaker would never run; put @Breaker on the"
                                + " implementing bean class or its method" + restClient,
                        "BRK-708 @WithFallback on " + OWN + "$Gateway.pay(int) is not allowed: " + OWN + "$Gateway"
                                + rule + "it would never apply; put @WithFallback on the implementing bean class's"
                                + " method" + restClient,
                        "BRK-708 @RetryWithBackoff on " + OWN + "$Gateway.refund(int) is not allowed: " + OWN
                                + "$Gateway" + rule + "it would never apply; put @RetryWithBackoff on the implementing"
                                + " bean class's method" + restClient);
    }

    @Breaker(name = "ledger")
    public interface Ledger {
        String balance();
    }

    @ApplicationScoped
    public static class CashLedger implements Ledger {
        @Override
        public String balance() {
            return "0";
        }
    }

    @Test
    void aBreakerOnAnInterfaceAsAWhole() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CashLedger.class, Ledger.class))).containsExactly(
                "BRK-309 Circuit breaker 'ledger': @Breaker on interface " + OWN + "$Ledger is not allowed: " + OWN
                        + "$Ledger is an interface, and a CDI container never applies an interface's annotations to"
                        + " the classes that implement it, so the breaker would never run; put @Breaker on the"
                        + " implementing bean class or its method (a MicroProfile Rest Client interface is read by"
                        + " its REST client: mark it @RegisterRestClient)");
    }

    /** Written for JAX-RS: a client that RestClientBuilder builds may read it, so it is left alone. */
    @Path("rates")
    public interface RatesApi {
        @GET
        @Breaker(name = "rates-api")
        String rate();
    }

    @ApplicationScoped
    public static class Bank {
        public String balance() {
            return "0";
        }
    }

    @Test
    void aJaxRsInterfaceWithoutRegisterRestClientIsLeftAlone() {
        try (SeContainer container = TestDeployment.of(Bank.class, RatesApi.class).weld().initialize()) {
            assertThat(container.select(Bank.class).get().balance()).isEqualTo("0");
        }
    }

    @ApplicationScoped
    public static class Overriding extends Payments {
        @Override
        @Breaker(name = "payments", failureThreshold = 1)
        @RetryWithBackoff(maxAttempts = 2)
        @WithFallback("later")
        public String pay(int cents) {
            throw new IllegalStateException("declined");
        }
    }

    @Test
    void anOverrideThatRepeatsTheAnnotationsDeploysAndIsGuarded() {
        try (SeContainer container = TestDeployment.of(Overriding.class).weld().initialize()) {
            assertThat(container.select(Overriding.class).get().pay(5)).isEqualTo("later");
        }
    }

    /** Its override is covered by its own type-level annotations: protected, so it deploys. */
    @ApplicationScoped
    @Breaker(name = "card-payments", failureThreshold = 1)
    @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 1)
    public static class CoveredPayments extends Payments {
        /** Read by the test directly: every business method of the bean is behind the type-level breaker. */
        static final AtomicInteger ATTEMPTS = new AtomicInteger();

        @Override
        @WithFallback("later")
        public String pay(int cents) {
            ATTEMPTS.incrementAndGet();
            throw new IllegalStateException("declined");
        }
    }

    @Test
    void anOverrideCoveredByTypeLevelAnnotationsDeploysAndIsGuarded() {
        CoveredPayments.ATTEMPTS.set(0);
        try (SeContainer container = TestDeployment.of(CoveredPayments.class).weld().initialize()) {
            CoveredPayments payments = container.select(CoveredPayments.class).get();
            assertThat(payments.pay(5)).isEqualTo("later");
            assertThat(CoveredPayments.ATTEMPTS).as("retried by the type-level @RetryWithBackoff").hasValue(2);
            assertThat(payments.pay(5)).as("rejected by the type-level breaker, answered by the fallback")
                    .isEqualTo("later");
            assertThat(CoveredPayments.ATTEMPTS).as("the open breaker did not call it").hasValue(2);
        }
    }
}
