package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** One test per {@code @Breaker} member value, or pair of declarations, that stops the deployment. */
class InvalidDeclarationTest {
    private static final String OWN = InvalidDeclarationTest.class.getName();

    @ApplicationScoped
    static class ZeroThreshold {
        @Breaker(failureThreshold = 0)
        void call() {
        }
    }

    @Test
    void zeroFailureThreshold() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(ZeroThreshold.class))).containsExactly(
                "BRK-103 Circuit breaker '" + OWN + "$ZeroThreshold.call': @Breaker(failureThreshold = 0) at " + OWN
                        + "$ZeroThreshold.call() is not allowed: it must be an integer from 1 to 2147483647");
    }

    @ApplicationScoped
    static class NegativeTimeout {
        @Breaker(name = "ledger", timeoutSeconds = -5)
        void call(String account, int[] amounts) {
        }
    }

    @Test
    void negativeTimeoutSeconds() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(NegativeTimeout.class))).containsExactly(
                "BRK-103 Circuit breaker 'ledger': @Breaker(timeoutSeconds = -5) at " + OWN
                        + "$NegativeTimeout.call(String, int[]) is not allowed: it must be a whole number of seconds,"
                        + " at least 1 (set a shorter timeout through configuration, such as"
                        + " breaker.ledger.timeout=250ms)");
    }

    @ApplicationScoped
    @Breaker(name = "ledger", halfOpenMaxCalls = 0)
    static class ZeroTrialsOnType {
        void call() {
        }
    }

    @Test
    void zeroHalfOpenMaxCallsOnAType() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(ZeroTrialsOnType.class))).containsExactly(
                "BRK-103 Circuit breaker 'ledger': @Breaker(halfOpenMaxCalls = 0) at class " + OWN
                        + "$ZeroTrialsOnType is not allowed: it must be an integer from 1 to 2147483647");
    }

    @ApplicationScoped
    static class BlankName {
        @Breaker(name = "  ")
        void call() {
        }
    }

    @Test
    void blankName() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(BlankName.class))).containsExactly(
                "BRK-104 @Breaker(name = \"  \") at " + OWN + "$BlankName.call() is not allowed: a breaker name"
                        + " must not be blank; leave the name out for the default <class>.<method>, or give one such"
                        + " as \"exchange-api\"");
    }

    @ApplicationScoped
    static class QuoteClient {
        @Breaker(name = "exchange-api", failureThreshold = 3, failOn = IOException.class)
        String quote() {
            return "quote";
        }
    }

    @ApplicationScoped
    static class TickerClient {
        @Breaker(name = "exchange-api", failureThreshold = 5, failOn = IOException.class)
        String ticker() {
            return "ticker";
        }
    }

    @Test
    void oneBreakerDeclaredWithDifferentValues() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(QuoteClient.class, TickerClient.class)))
                .singleElement().asString()
                .isEqualTo("BRK-201 Circuit breaker 'exchange-api': failureThreshold is 3 at " + OWN
                        + "$QuoteClient.quote() but 5 at " + OWN + "$TickerClient.ticker(); every declaration of one"
                        + " breaker must give the same value, or leave the member out");
    }

    @ApplicationScoped
    static class SkipsSomething {
        @Breaker(name = "exchange-api", skipOn = IllegalArgumentException.class)
        String ticker() {
            return "ticker";
        }
    }

    @ApplicationScoped
    static class SkipsSomethingElse {
        @Breaker(name = "exchange-api", skipOn = IllegalStateException.class)
        String quote() {
            return "quote";
        }
    }

    @Test
    void oneBreakerDeclaredWithDifferentTypesToSkip() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(SkipsSomething.class, SkipsSomethingElse.class)))
                .singleElement().asString()
                .startsWith("BRK-201 Circuit breaker 'exchange-api': skipOn is {java.lang.IllegalArgumentException} at " + OWN + "$SkipsSomething.ticker()")
                .contains(" but {java.lang.IllegalStateException} at " + OWN + "$SkipsSomethingElse.quote()");
    }

    @ApplicationScoped
    static class DashedName {
        @Breaker(name = "exchange-api")
        void call() {
        }
    }

    @Dependent
    static class UnderscoredName {
        @Breaker(name = "Exchange_API")
        void call() {
        }
    }

    @Test
    void namesThatFoldToOneEnvironmentVariable() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(DashedName.class, UnderscoredName.class)))
                .singleElement().asString()
                .startsWith("BRK-202 Circuit breakers 'Exchange_API' (at " + OWN + "$UnderscoredName.call()) and"
                        + " 'exchange-api' (at " + OWN + "$DashedName.call())")
                .contains("read the same environment variables, BREAKER_EXCHANGE_API_*: MicroProfile Config turns"
                        + " every character other than a letter or digit into _ and ignores case. Rename one of them");
    }
}
