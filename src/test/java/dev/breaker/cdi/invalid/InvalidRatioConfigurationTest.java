package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * One test per value that configuration may not give to a key of ratio mode or slow calls: each stops the
 * deployment with its whole message, for one breaker (BRK-101) and as the default of every breaker
 * (BRK-102); and a count window whose minimum it can never hold (BRK-107).
 */
class InvalidRatioConfigurationTest {
    private static final String RATIO = "a number above 0 and at most 1, such as 0.5";
    private static final String WINDOW_SIZE = "an integer from 1 to 100000";
    private static final String COUNT = "an integer from 1 to 2147483647";
    private static final String SYNTAX = "60 (seconds), 250ms, 5s, 2m, 1h, or ISO-8601 such as PT1M";
    private static final String WINDOW_DURATION = "a duration above zero and at most 1h: " + SYNTAX;
    private static final String POSITIVE_DURATION = "a duration above zero: " + SYNTAX;

    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api")
        String ticker() {
            return "BTC";
        }
    }

    private static String allowedFor(String key) {
        return switch (key) {
            case "failure-ratio" -> RATIO;
            case "window-size" -> WINDOW_SIZE;
            case "minimum-calls" -> COUNT;
            case "window-duration" -> WINDOW_DURATION;
            case "slow-call-duration" -> POSITIVE_DURATION;
            default -> throw new IllegalArgumentException(key);
        };
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "failure-ratio|0",
        "failure-ratio|0.0",
        "failure-ratio|-0.5",
        "failure-ratio|1.5",
        "failure-ratio|1.0000001",
        "failure-ratio|NaN",
        "failure-ratio|Infinity",
        "failure-ratio|0x1p-1",
        "failure-ratio|half",
        "failure-ratio|50%",
        "window-size|0",
        "window-size|-1",
        "window-size|100001",
        "window-size|2147483648",
        "window-size|ten",
        "window-size|1.5",
        "minimum-calls|0",
        "minimum-calls|-3",
        "minimum-calls|many",
        "window-duration|0",
        "window-duration|0ms",
        "window-duration|-5s",
        "window-duration|61m",
        "window-duration|PT1H0.001S",
        "window-duration|2h",
        "window-duration|soon",
        "slow-call-duration|0",
        "slow-call-duration|0ms",
        "slow-call-duration|-1s",
        "slow-call-duration|slow",
    })
    void aValueAKeyDoesNotAllowForOneBreaker(String key, String value) {
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker.exchange-api." + key, value);
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-101 Circuit breaker 'exchange-api':"
                + " breaker.exchange-api." + key + " = \"" + value + "\" is not allowed: it must be " + allowedFor(key));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "failure-ratio|2",
        "window-size|0",
        "minimum-calls|0",
        "window-duration|1d",
        "slow-call-duration|PT0S",
    })
    void aValueAKeyDoesNotAllowAsTheDefaultOfEveryBreaker(String key, String value) {
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class).config("breaker." + key, value);
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-102 Every circuit breaker: breaker."
                + key + " = \"" + value + "\" (the default of every breaker) is not allowed: it must be "
                + allowedFor(key));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"failure-ratio", "window-size", "minimum-calls", "window-duration", "slow-call-duration"})
    void anInvalidDefaultIsReportedEvenWhenEveryBreakerOverridesIt(String key) {
        String valid = switch (key) {
            case "failure-ratio" -> "0.5";
            case "window-duration", "slow-call-duration" -> "5s";
            default -> "10";
        };
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker." + key, "-1")
                .config("breaker.exchange-api." + key, valid);
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-102 Every circuit breaker: breaker."
                + key + " = \"-1\" (the default of every breaker) is not allowed: it must be " + allowedFor(key));
    }

    @Test
    void aMinimumAboveTheDefaultCountWindow() {
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker.exchange-api.failure-ratio", "0.5")
                .config("breaker.exchange-api.minimum-calls", "21");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-107 Circuit breaker 'exchange-api':"
                + " minimum-calls = 21 is more than window-size = 20: a count window never holds more than window-size"
                + " calls, so the breaker could never open; lower minimum-calls, raise window-size, or set"
                + " window-duration for a time window");
    }

    @Test
    void aMinimumAboveTheCountWindowFromTheDefaultsOfEveryBreaker() {
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker.failure-ratio", "0.5")
                .config("breaker.window-size", "10")
                .config("breaker.minimum-calls", "11");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly("BRK-107 Circuit breaker 'exchange-api':"
                + " minimum-calls = 11 is more than window-size = 10: a count window never holds more than window-size"
                + " calls, so the breaker could never open; lower minimum-calls, raise window-size, or set"
                + " window-duration for a time window");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker.exchange-api.failure-ratio", "2")
                .config("breaker.exchange-api.window-size", "0");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactlyInAnyOrder(
                "BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-ratio = \"2\" is not allowed:"
                        + " it must be " + RATIO,
                "BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.window-size = \"0\" is not allowed:"
                        + " it must be " + WINDOW_SIZE);
    }
}
