package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: full-width and Arabic-Indic digits ({@code ５}, {@code ٥}) were accepted as 5 for counts
 * (though rejected for durations). Integers in settings are written in ASCII digits: any other digit is
 * a deployment error with the message of any value that is not a number (BRK-101).
 */
class NonAsciiDigitsAcceptedTest {
    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api")
        String ticker() {
            return "BTC";
        }
    }

    private static String problem(String key, String value) {
        return "BRK-101 Circuit breaker 'exchange-api': " + key + " = \"" + value + "\" is not allowed: it must be an"
                + " integer from 1 to 2147483647";
    }

    private static TestDeployment deployingWith(String key, String value) {
        return TestDeployment.of(ExchangeClient.class).config(key, value);
    }

    @Test
    void aFullWidthDigitIsNotANumber() {
        String key = "breaker.exchange-api.failure-threshold";
        assertThat(DeploymentFailure.problemsOf(deployingWith(key, "５"))).containsExactly(problem(key, "５"));
    }

    @Test
    void anArabicIndicDigitIsNotANumber() {
        String key = "breaker.exchange-api.failure-threshold";
        assertThat(DeploymentFailure.problemsOf(deployingWith(key, "٥"))).containsExactly(problem(key, "٥"));
    }

    @Test
    void nonAsciiDigitsAreRefusedForEveryCount() {
        String key = "breaker.exchange-api.half-open-max-calls";
        assertThat(DeploymentFailure.problemsOf(deployingWith(key, "１２"))).containsExactly(problem(key, "１２"));
    }

    @Test
    void theSameMessageAsTextWhereANumberBelongs() {
        String key = "breaker.exchange-api.failure-threshold";
        assertThat(DeploymentFailure.problemsOf(deployingWith(key, "five"))).containsExactly(problem(key, "five"));
    }
}
