package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Annotations a CDI container reads but never applies to a bean: on a superclass's method that the bean
 * class overrides, and on an interface's method that it implements, without repeating them. Each stops
 * the deployment, naming where the annotation is and where it belongs; an alternative (a test double)
 * is left alone.
 */
class UnappliedAnnotationTest {
    private static final String OWN = UnappliedAnnotationTest.class.getName();
    private static final String OVERRIDE_RULE = ", which overrides that method without %s: a CDI container applies a"
            + " method's annotations only where it is not overridden, so ";
    private static final String INTERFACE_RULE = ", which implements that method without %s: a CDI container does not"
            + " apply an interface's annotations to the classes that implement it, so ";

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
        String card = OWN + "$CardPayments";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CardPayments.class))).containsExactlyInAnyOrder(
                "BRK-308 Circuit breaker 'payments': @Breaker on " + OWN + "$Payments.pay(int) does not apply to "
                        + card + ".pay(int)" + OVERRIDE_RULE.formatted("@Breaker") + "the breaker would never run for "
                        + card + "; put @Breaker(name = \"payments\") on " + card + ".pay(int) as well (the same name"
                        + " keeps the breaker and its configuration)",
                "BRK-707 @RetryWithBackoff on " + OWN + "$Payments.pay(int) does not apply to " + card + ".pay(int)"
                        + OVERRIDE_RULE.formatted("it") + "it would never apply for " + card
                        + "; put @RetryWithBackoff on " + card + ".pay(int) as well",
                "BRK-707 @WithFallback on " + OWN + "$Payments.pay(int) does not apply to " + card + ".pay(int)"
                        + OVERRIDE_RULE.formatted("it") + "it would never apply for " + card + "; put @WithFallback on "
                        + card + ".pay(int) as well");
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
    void anUnnamedBreakerOnAnAbstractMethodKeepsItsNameInTheAdvice() {
        String fixed = OWN + "$FixedQuotes";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(FixedQuotes.class))).containsExactly(
                "BRK-308 Circuit breaker '" + OWN + "$Quotes.quote': @Breaker on " + OWN + "$Quotes.quote() does not"
                        + " apply to " + fixed + ".quote()" + OVERRIDE_RULE.formatted("@Breaker") + "the breaker would"
                        + " never run for " + fixed + "; put @Breaker(name = \"" + OWN + "$Quotes.quote\") on " + fixed
                        + ".quote() as well (the same name keeps the breaker and its configuration)");
    }

    public interface Gateway {
        @Breaker(name = "gateway")
        @WithFallback("none")
        String pay(int cents);

        @RetryWithBackoff
        String refund(int cents);

        /** Not judged: whether a container applies a default method's annotations differs. */
        @Breaker(name = "gateway-status")
        default String status() {
            return "up";
        }
    }

    /** The interface is not discovered as a type of its own (no bean-defining annotation): the bean tells. */
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
    void annotationsOnAnInterfaceMethod() {
        String card = OWN + "$CardGateway";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CardGateway.class))).containsExactlyInAnyOrder(
                "BRK-309 Circuit breaker 'gateway': @Breaker on " + OWN + "$Gateway.pay(int) does not apply to " + card
                        + ".pay(int)" + INTERFACE_RULE.formatted("@Breaker") + "the breaker would never run for "
                        + card + "; put @Breaker(name = \"gateway\") on " + card + ".pay(int) (the same name keeps the"
                        + " breaker and its configuration)",
                "BRK-708 @WithFallback on " + OWN + "$Gateway.pay(int) does not apply to " + card + ".pay(int)"
                        + INTERFACE_RULE.formatted("it") + "it would never apply for " + card + "; put @WithFallback on "
                        + card + ".pay(int)",
                "BRK-708 @RetryWithBackoff on " + OWN + "$Gateway.refund(int) does not apply to " + card
                        + ".refund(int)" + INTERFACE_RULE.formatted("it") + "it would never apply for " + card
                        + "; put @RetryWithBackoff on " + card + ".refund(int)");
    }

    @Breaker(name = "ledger")
    public interface Ledger {
        String balance();
    }

    /** Through its superclass. */
    public abstract static class AbstractLedger implements Ledger {
    }

    @ApplicationScoped
    public static class CashLedger extends AbstractLedger {
        @Override
        public String balance() {
            return "0";
        }
    }

    @Test
    void aBreakerOnAnInterfaceAsAWholeThroughASuperclass() {
        String cash = OWN + "$CashLedger";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(CashLedger.class))).containsExactly(
                "BRK-309 Circuit breaker 'ledger': @Breaker on " + OWN + "$Ledger.balance() does not apply to " + cash
                        + ".balance()" + INTERFACE_RULE.formatted("@Breaker") + "the breaker would never run for " + cash
                        + "; put @Breaker(name = \"ledger\") on " + cash + ".balance() (the same name keeps the breaker"
                        + " and its configuration)");
    }

    /** Repeats the interface's annotations: protected, so it deploys. */
    @ApplicationScoped
    public static class RepeatingGateway implements Gateway {
        static final AtomicInteger REFUNDS = new AtomicInteger();

        @Override
        @Breaker(name = "gateway", failureThreshold = 1)
        @WithFallback("none")
        public String pay(int cents) {
            throw new IllegalStateException("declined");
        }

        @Override
        @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 1)
        public String refund(int cents) {
            if (REFUNDS.incrementAndGet() < 3) {
                throw new IllegalStateException("busy");
            }
            return "refunded " + cents;
        }

        public String none(int cents) {
            return "none";
        }
    }

    @Test
    void anImplementationThatRepeatsTheAnnotationsDeploysAndIsGuarded() {
        RepeatingGateway.REFUNDS.set(0);
        try (SeContainer container = TestDeployment.of(RepeatingGateway.class).weld().initialize()) {
            RepeatingGateway gateway = container.select(RepeatingGateway.class).get();
            assertThat(gateway.pay(5)).isEqualTo("none");
            assertThat(gateway.refund(5)).isEqualTo("refunded 5");
            assertThat(RepeatingGateway.REFUNDS).as("retried").hasValue(3);
        }
    }

    @ApplicationScoped
    public static class Overriding extends Payments {
        @Override
        @Breaker(name = "payments", failureThreshold = 1)
        @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 1)
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

    /** A test double: it overrides on purpose, unprotected. */
    @ApplicationScoped
    @Alternative
    @Priority(1)
    public static class FakePayments extends Payments {
        @Override
        public String pay(int cents) {
            return "fake " + cents;
        }
    }

    /** Disabled (no priority): discovered, never a bean. */
    @ApplicationScoped
    @Alternative
    public static class DisabledFakePayments extends Payments {
        @Override
        public String pay(int cents) {
            return "disabled fake " + cents;
        }
    }

    @Test
    void anAlternativeThatOverridesIsLeftAlone() {
        try (SeContainer container = TestDeployment.of(FakePayments.class, DisabledFakePayments.class).weld()
                .initialize()) {
            assertThat(container.select(Payments.class).get().pay(5)).isEqualTo("fake 5");
        }
    }

    /** An interface whose method a superclass implements: the fix is an override in the bean class. */
    public interface Statements {
        @Breaker(name = "statements")
        String statement();
    }

    /** Not a bean, and perhaps not the application's to change. */
    public static class BaseStatements {
        public String statement() {
            return "base";
        }
    }

    @ApplicationScoped
    public static class MonthlyStatements extends BaseStatements implements Statements {
    }

    @Test
    void anInterfaceMethodThatASuperclassImplementsIsFixedByAnOverride() {
        String monthly = OWN + "$MonthlyStatements";
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(MonthlyStatements.class))).containsExactly(
                "BRK-309 Circuit breaker 'statements': @Breaker on " + OWN + "$Statements.statement() does not apply"
                        + " to " + OWN + "$BaseStatements.statement()" + INTERFACE_RULE.formatted("@Breaker")
                        + "the breaker would never run for " + monthly + "; put @Breaker(name = \"statements\") on an"
                        + " override of statement() in " + monthly + " (the same name keeps the breaker and its"
                        + " configuration)");
    }

    /** An API shared by a resource and a client built by RestClientBuilder: its annotations are the client's. */
    @Path("rates")
    public interface RatesApi {
        @GET
        @Breaker(name = "rates-api")
        String rate();
    }

    @ApplicationScoped
    public static class RatesResource implements RatesApi {
        @Override
        public String rate() {
            return "1.23";
        }
    }

    @Test
    void aResourceImplementingAJaxRsInterfaceIsLeftAlone() {
        try (SeContainer container = TestDeployment.of(RatesResource.class).weld().initialize()) {
            assertThat(container.select(RatesResource.class).get().rate()).isEqualTo("1.23");
        }
    }
}
