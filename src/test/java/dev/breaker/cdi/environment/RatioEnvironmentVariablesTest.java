package dev.breaker.cdi.environment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keys of ratio mode and slow calls from environment variables, through MicroProfile Config's
 * mapping. Runs in the cdi-environment execution, which sets (see pom.xml):
 * BREAKER_RATIO_API_FAILURE_RATIO=0.5, BREAKER_RATIO_API_WINDOW_SIZE=40, BREAKER_RATIO_API_MINIMUM_CALLS=10,
 * BREAKER_RATIO_API_SLOW_CALL_DURATION=750ms, BREAKER_TIMED_API_WINDOW_DURATION=PT30S and, for every
 * breaker, BREAKER_SLOW_CALL_DURATION=2s.
 */
class RatioEnvironmentVariablesTest {

    @ApplicationScoped
    static class RatioClient {
        @Breaker(name = "ratio-api", failureRatio = 0.9, windowSize = 10, minimumCalls = 5, slowCallMillis = 100)
        String quote() {
            return "quote";
        }

        @Breaker(name = "timed-api", failureRatio = 0.3, windowSeconds = 5)
        String time() {
            return "time";
        }

        @Breaker(name = "plain-api")
        String plain() {
            return "plain";
        }
    }

    @BeforeAll
    static void theEnvironmentIsSet() {
        assertThat(System.getenv("BREAKER_RATIO_API_FAILURE_RATIO"))
                .as("run by the cdi-environment execution of pom.xml").isEqualTo("0.5");
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void environmentVariablesConfigureRatioMode(ExtensionPath path) {
        try (SeContainer container = TestDeployment.of(RatioClient.class).through(path).weld().initialize()) {
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            BreakerSettings ratio = registry.get("ratio-api").settings();
            assertThat(ratio.failureRatio()).as("per breaker: beats the annotation").hasValue(0.5);
            assertThat(ratio.windowSize()).isEqualTo(40);
            assertThat(ratio.minimumCalls()).hasValue(10);
            assertThat(ratio.slowCallDuration()).contains(Duration.ofMillis(750));
            assertThat(ratio.windowDuration()).isEmpty();

            BreakerSettings timed = registry.get("timed-api").settings();
            assertThat(timed.failureRatio()).hasValue(0.3);
            assertThat(timed.windowDuration()).as("per breaker: beats the annotation").contains(Duration.ofSeconds(30));
            assertThat(timed.slowCallDuration()).as("the default of every breaker").contains(Duration.ofSeconds(2));

            BreakerSettings plain = registry.get("plain-api").settings();
            assertThat(plain.ratioMode()).isFalse();
            assertThat(plain.slowCallDuration()).as("the default of every breaker").contains(Duration.ofSeconds(2));
        }
    }
}
