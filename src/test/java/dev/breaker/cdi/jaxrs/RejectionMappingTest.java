package dev.breaker.cdi.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.jaxrs.BreakerHttpFeature;
import dev.breaker.jaxrs.BreakerOpenExceptionMapper;
import jakarta.ws.rs.Priorities;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The JAX-RS feature that answers rejections with 503, as a JAX-RS runtime runs it inside a CDI
 * application (both extensions), and {@code breaker.jaxrs.map-rejections}, checked like every key.
 */
class RejectionMappingTest {
    private static final String NOT_ALLOWED = "BRK-901 This application: breaker.jaxrs.map-rejections = \"maybe\" is"
            + " not allowed: it must be true or false";

    private static RegisteredTypes configured(TestDeployment deployment, boolean expected) {
        RegisteredTypes types = new RegisteredTypes();
        try (WeldContainer container = deployment.weld().initialize()) {
            assertThat(new BreakerHttpFeature().configure(types.context())).isEqualTo(expected);
        }
        return types;
    }

    @Test
    void registersTheMapperBelowTheApplicationsOwnPriority() {
        RegisteredTypes types = configured(TestDeployment.of(Quotes.class), true);
        assertThat(types.registered).containsExactly(
                java.util.Map.entry(BreakerOpenExceptionMapper.class, Priorities.USER + 1000));
        assertThat(new BreakerHttpFeature().configure(types.context())).as("configured twice: registered once")
                .isTrue();
        assertThat(types.registered).hasSize(1);
    }

    @Test
    void theScannedFeatureAndTheListedOneRegisterTheMapperOnce() {
        RegisteredTypes types = new RegisteredTypes();
        try (WeldContainer container = TestDeployment.of(Quotes.class).weld().initialize()) {
            assertThat(new BreakerHttpFeature().configure(types.context())).isTrue();
            assertThat(new BreakerHttpFeature.Listed().configure(types.context())).isTrue();
        }
        assertThat(types.registered).containsOnlyKeys(BreakerOpenExceptionMapper.class);
        assertThat(java.util.ServiceLoader.load(jakarta.ws.rs.core.Feature.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains(BreakerHttpFeature.Listed.class);
    }

    @Test
    void stepsAsideWhenTheApplicationMapsRejectionsItself() {
        RegisteredTypes types = configured(TestDeployment.of(Quotes.class, AppRejectionMapper.class), false);
        assertThat(types.registered).isEmpty();
    }

    @Test
    void isTurnedOffByConfiguration() {
        RegisteredTypes types = configured(TestDeployment.of(Quotes.class)
                .config("breaker.jaxrs.map-rejections", "false"), false);
        assertThat(types.registered).isEmpty();
        RegisteredTypes on = configured(TestDeployment.of(Quotes.class)
                .config("breaker.jaxrs.map-rejections", " TRUE "), true);
        assertThat(on.registered).containsKey(BreakerOpenExceptionMapper.class);
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseStopsTheDeployment() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(Quotes.class)
                .config("breaker.jaxrs.map-rejections", "maybe"))).containsExactly(NOT_ALLOWED);
    }

    @Test
    void aValueFirstSeenAtStartupStopsTheStart() {
        // Only the portable extension's check runs in a fixed order before the change of configuration.
        assumeTrue(ExtensionPath.current() == ExtensionPath.PORTABLE, "needs the portable extension's ordering");
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(Quotes.class)
                .configAtStartup("breaker.jaxrs.map-rejections", "maybe"))).containsExactly(
                        "BRK-401 The circuit breakers of this application cannot start:\n  " + NOT_ALLOWED);
    }
}
