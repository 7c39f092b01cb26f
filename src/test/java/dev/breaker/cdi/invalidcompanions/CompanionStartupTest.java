package dev.breaker.cdi.invalidcompanions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import org.junit.jupiter.api.Test;

/**
 * Configuration that changes between the build and the start (Quarkus reads the extension's at build
 * time): the start checks every retry and fallback setting again, and stops with every problem.
 */
class CompanionStartupTest {
    private static final String RETRY = InvalidRetryTest.class.getName() + "$Valid.call";
    private static final String FALLBACK = InvalidFallbackTest.class.getName() + "$Valid.quote";

    @Test
    void aValueNotAllowedAtStartStopsTheApplicationNamingEveryProblem() {
        // Only the portable extension's check runs in a fixed order before the change of configuration
        // (Weld's translator runs the build compatible Validation after it, so that check reports them).
        assumeTrue(ExtensionPath.current() == ExtensionPath.PORTABLE, "needs the portable extension's ordering");
        TestDeployment deployment = TestDeployment.of(InvalidRetryTest.Valid.class, InvalidFallbackTest.Valid.class)
                .configAtStartup("retry." + RETRY + ".max-attempts", "0")
                .configAtStartup("fallback." + FALLBACK + ".enabled", "maybe");

        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-801 The retries and fallbacks of this application cannot start:"
                        + "\n  BRK-501 Retry of " + RETRY + ": retry." + RETRY + ".max-attempts = \"0\" is not allowed:"
                        + " it must be an integer from 1 to 2147483647"
                        + "\n  BRK-601 Fallback of " + FALLBACK + ": fallback." + FALLBACK + ".enabled = \"maybe\""
                        + " is not allowed: it must be true or false");
    }
}
