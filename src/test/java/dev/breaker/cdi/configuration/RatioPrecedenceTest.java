package dev.breaker.cdi.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The keys of ratio mode and slow calls through every level of the precedence, most specific first:
 * {@code breaker.<name>.<key>}, then the {@code @Breaker} member, then {@code breaker.<key>}, then the
 * built-in default.
 */
class RatioPrecedenceTest {

    private static BreakerSettings settingsOf(TestDeployment deployment, String name) {
        try (SeContainer container = deployment.weld().initialize()) {
            return container.select(CircuitBreakerRegistry.class).get().get(name).settings();
        }
    }

    /** Every level set: a breaker's own keys, members, and the defaults of every breaker. */
    private static TestDeployment everyLevel() {
        return TestDeployment.of(WindowedClient.class)
                .config("breaker.overridden.failure-ratio", "0.6")
                .config("breaker.overridden.window-size", "80")
                .config("breaker.overridden.window-duration", "500ms")
                .config("breaker.overridden.minimum-calls", "11")
                .config("breaker.overridden.slow-call-duration", "PT0.75S")
                .config("breaker.failure-ratio", "0.4")
                .config("breaker.window-size", "30")
                .config("breaker.window-duration", "2m")
                .config("breaker.minimum-calls", "5")
                .config("breaker.slow-call-duration", "3s");
    }

    @Test
    void theKeysOfOneBreakerBeatItsMembers() {
        BreakerSettings overridden = settingsOf(everyLevel(), "overridden");
        assertThat(overridden.failureRatio()).hasValue(0.6);
        assertThat(overridden.windowSize()).isEqualTo(80);
        assertThat(overridden.windowDuration()).contains(Duration.ofMillis(500));
        assertThat(overridden.minimumCalls()).hasValue(11);
        assertThat(overridden.slowCallDuration()).contains(Duration.ofMillis(750));
    }

    @Test
    void membersBeatTheDefaultsOfEveryBreaker() {
        BreakerSettings declared = settingsOf(everyLevel(), "declared");
        assertThat(declared.failureRatio()).hasValue(0.75);
        assertThat(declared.windowSize()).isEqualTo(60);
        assertThat(declared.windowDuration()).contains(Duration.ofSeconds(45));
        assertThat(declared.minimumCalls()).hasValue(9);
        assertThat(declared.slowCallDuration()).contains(Duration.ofMillis(2500));
    }

    @Test
    void theDefaultsOfEveryBreakerBeatTheBuiltInDefaults() {
        TestDeployment deployment = everyLevel();
        for (String name : new String[] {"unset", "created-later"}) {
            BreakerSettings unset = settingsOf(deployment, name);
            assertThat(unset.failureRatio()).as(name).hasValue(0.4);
            assertThat(unset.windowSize()).as(name).isEqualTo(30);
            assertThat(unset.windowDuration()).as(name).contains(Duration.ofMinutes(2));
            assertThat(unset.minimumCalls()).as(name).hasValue(5);
            assertThat(unset.slowCallDuration()).as(name).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void nothingSetMeansConsecutiveModeWithTheBuiltInWindow() {
        BreakerSettings unset = settingsOf(TestDeployment.of(WindowedClient.class), "unset");
        assertThat(unset.ratioMode()).isFalse();
        assertThat(unset.failureRatio()).isEmpty();
        assertThat(unset.windowSize()).isEqualTo(20);
        assertThat(unset.windowDuration()).isEmpty();
        assertThat(unset.minimumCalls()).isEmpty();
        assertThat(unset.slowCallDuration()).isEmpty();
    }

    @Test
    void aRatioAloneTakesTheBuiltInCountWindow() {
        BreakerSettings ratioOnly = settingsOf(TestDeployment.of(WindowedClient.class), "ratio-only");
        assertThat(ratioOnly.ratioMode()).isTrue();
        assertThat(ratioOnly.windowSize()).isEqualTo(20);
        assertThat(ratioOnly.windowDuration()).isEmpty();
        assertThat(ratioOnly.minimumCallsOrDefault()).isEqualTo(20);
    }

    @Test
    void aWindowDurationFromConfigurationMakesATimeWindowWithItsOwnDefaultMinimum() {
        BreakerSettings timed = settingsOf(TestDeployment.of(WindowedClient.class)
                .config("breaker.ratio-only.window-duration", "10s"), "ratio-only");
        assertThat(timed.windowDuration()).contains(Duration.ofSeconds(10));
        assertThat(timed.minimumCallsOrDefault()).isEqualTo(20);
    }

    @Test
    void ratioModeFromTheDefaultOfEveryBreakerAlone() {
        BreakerSettings unset = settingsOf(TestDeployment.of(WindowedClient.class).config("breaker.failure-ratio", "1"),
                "unset");
        assertThat(unset.failureRatio()).hasValue(1.0);
        assertThat(unset.minimumCallsOrDefault()).isEqualTo(20);
    }

    @Test
    void theLimitsOfEachMemberAreAllowed() {
        TestDeployment deployment = TestDeployment.of(WindowedClient.class);
        BreakerSettings smallest = settingsOf(deployment, "smallest");
        assertThat(smallest.failureRatio()).hasValue(Double.MIN_VALUE);
        assertThat(smallest.windowSize()).isEqualTo(1);
        assertThat(smallest.windowDuration()).contains(Duration.ofSeconds(1));
        assertThat(smallest.minimumCalls()).hasValue(1);
        assertThat(smallest.slowCallDuration()).contains(Duration.ofMillis(1));
        BreakerSettings largest = settingsOf(deployment, "largest");
        assertThat(largest.failureRatio()).hasValue(1.0);
        assertThat(largest.windowSize()).isEqualTo(100_000);
        assertThat(largest.windowDuration()).contains(Duration.ofHours(1));
        assertThat(largest.minimumCalls()).as("a time window's minimum is not bounded by its size")
                .hasValue(Integer.MAX_VALUE);
        assertThat(largest.slowCallDuration()).contains(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Test
    void theLimitsOfEachKeyAreAllowed() {
        TestDeployment deployment = TestDeployment.of(WindowedClient.class)
                .config("breaker.unset.failure-ratio", "1.0")
                .config("breaker.unset.window-size", "100000")
                .config("breaker.unset.minimum-calls", "100000")
                .config("breaker.unset.slow-call-duration", "1ms")
                .config("breaker.ratio-only.failure-ratio", "0.0001")
                .config("breaker.ratio-only.window-duration", "1h")
                .config("breaker.ratio-only.minimum-calls", "2147483647");
        BreakerSettings unset = settingsOf(deployment, "unset");
        assertThat(unset.failureRatio()).hasValue(1.0);
        assertThat(unset.windowSize()).isEqualTo(100_000);
        assertThat(unset.minimumCalls()).hasValue(100_000);
        assertThat(unset.slowCallDuration()).contains(Duration.ofMillis(1));
        BreakerSettings ratioOnly = settingsOf(deployment, "ratio-only");
        assertThat(ratioOnly.failureRatio()).hasValue(0.0001);
        assertThat(ratioOnly.windowDuration()).contains(Duration.ofHours(1));
        assertThat(ratioOnly.minimumCalls()).hasValue(Integer.MAX_VALUE);
    }

    @Test
    void theNewDurationsReadEveryDurationForm() {
        String[][] forms = {{"60", "PT60S"}, {"250ms", "PT0.25S"}, {"5s", "PT5S"}, {"2m", "PT2M"}, {"1h", "PT1H"},
            {"PT1M", "PT1M"}};
        for (String[] form : forms) {
            TestDeployment deployment = TestDeployment.of(WindowedClient.class)
                    .config("breaker.unset.window-duration", form[0])
                    .config("breaker.unset.slow-call-duration", form[0]);
            BreakerSettings unset = settingsOf(deployment, "unset");
            assertThat(unset.windowDuration()).as(form[0]).contains(Duration.parse(form[1]));
            assertThat(unset.slowCallDuration()).as(form[0]).contains(Duration.parse(form[1]));
        }
    }
}
