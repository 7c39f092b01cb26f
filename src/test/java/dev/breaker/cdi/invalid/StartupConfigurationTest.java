package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/**
 * A value not allowed that configuration first gives at start-up, after the extension checked it (in
 * Quarkus: set at run time, not at build time), stops the application before it serves anything.
 */
class StartupConfigurationTest {

    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api")
        String ticker() {
            return "BTC";
        }
    }

    @Test
    void aValueFirstSeenAtStartupStopsTheStart() {
        // Only the portable extension's check runs in a fixed order before the change of configuration.
        assumeTrue(ExtensionPath.current() == ExtensionPath.PORTABLE, "needs the portable extension's ordering");
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .configAtStartup("breaker.exchange-api.failure-threshold", "none");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-401 The circuit breakers of this application cannot start:\n"
                        + "  BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-threshold = \"none\""
                        + " is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void aRatioFirstSeenAtStartupStopsTheStart() {
        assumeTrue(ExtensionPath.current() == ExtensionPath.PORTABLE, "needs the portable extension's ordering");
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .configAtStartup("breaker.exchange-api.failure-ratio", "1.01");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-401 The circuit breakers of this application cannot start:\n"
                        + "  BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.failure-ratio = \"1.01\""
                        + " is not allowed: it must be a number above 0 and at most 1, such as 0.5");
    }

    @Test
    void aMinimumAboveTheCountWindowFirstSeenAtStartupStopsTheStart() {
        assumeTrue(ExtensionPath.current() == ExtensionPath.PORTABLE, "needs the portable extension's ordering");
        TestDeployment deployment = TestDeployment.of(ExchangeClient.class)
                .config("breaker.exchange-api.minimum-calls", "30")
                .configAtStartup("breaker.exchange-api.failure-ratio", "0.5");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-401 The circuit breakers of this application cannot start:\n"
                        + "  BRK-107 Circuit breaker 'exchange-api': minimum-calls = 30 is more than window-size = 20:"
                        + " a count window never holds more than window-size calls, so the breaker could never open;"
                        + " lower minimum-calls, raise window-size, or set window-duration for a time window");
    }
}
