package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/** One test per value that configuration may not give: each stops the deployment with its message. */
class InvalidConfigurationTest {

    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api")
        String ticker() {
            return "BTC";
        }
    }

    private static TestDeployment deployingWith(String key, String value) {
        return TestDeployment.of(ExchangeClient.class).config(key, value);
    }

    @Test
    void textWhereANumberBelongs() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.failure-threshold", "five")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-threshold"
                        + " = \"five\" is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void zeroFailureThreshold() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.failure-threshold", "0")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-threshold"
                        + " = \"0\" is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void negativeHalfOpenMaxCalls() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.half-open-max-calls", "-3")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.half-open-max-calls"
                        + " = \"-3\" is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void integerOverflow() {
        assertThat(DeploymentFailure.problemsOf(
                deployingWith("breaker.exchange-api.failure-threshold", "2147483648")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-threshold"
                        + " = \"2147483648\" is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void durationThatIsNoDuration() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.timeout", "5 minutes")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.timeout"
                        + " = \"5 minutes\" is not allowed: it must be a duration above zero: 60 (seconds), 250ms,"
                        + " 5s, 2m, 1h, or ISO-8601 such as PT1M");
    }

    @Test
    void zeroDuration() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.timeout", "0ms")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.timeout"
                        + " = \"0ms\" is not allowed: it must be a duration above zero: 60 (seconds), 250ms,"
                        + " 5s, 2m, 1h, or ISO-8601 such as PT1M");
    }

    @Test
    void negativeIsoDuration() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.timeout", "PT-5S")))
                .singleElement().asString().startsWith("BRK-101 Circuit breaker 'exchange-api':"
                        + " breaker.exchange-api.timeout = \"PT-5S\" is not allowed");
    }

    @Test
    void durationTooLong() {
        assertThat(DeploymentFailure.problemsOf(
                deployingWith("breaker.exchange-api.timeout", "9223372036854775807h")))
                .singleElement().asString().startsWith("BRK-101 Circuit breaker 'exchange-api':"
                        + " breaker.exchange-api.timeout = \"9223372036854775807h\" is not allowed");
    }

    @Test
    void enabledThatIsNoBoolean() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.enabled", "flase")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.enabled"
                        + " = \"flase\" is not allowed: it must be true or false");
    }

    @Test
    void unknownHealthMode() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.exchange-api.health", "liveness")))
                .containsExactly("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.health"
                        + " = \"liveness\" is not allowed: it must be readiness, report or off");
    }

    @Test
    void invalidDefaultOfEveryBreaker() {
        assertThat(DeploymentFailure.problemsOf(deployingWith("breaker.timeout", "soon")))
                .containsExactly("BRK-102 Every circuit breaker: breaker.timeout = \"soon\" (the default of every"
                        + " breaker) is not allowed: it must be a duration above zero: 60 (seconds), 250ms, 5s, 2m, 1h,"
                        + " or ISO-8601 such as PT1M");
    }

    @Test
    void invalidDefaultEvenWhenEveryBreakerOverridesIt() {
        TestDeployment deployment = deployingWith("breaker.failure-threshold", "0")
                .config("breaker.exchange-api.failure-threshold", "3");
        assertThat(DeploymentFailure.problemsOf(deployment))
                .containsExactly("BRK-102 Every circuit breaker: breaker.failure-threshold = \"0\" (the default of"
                        + " every breaker) is not allowed: it must be an integer from 1 to 2147483647");
    }
}
