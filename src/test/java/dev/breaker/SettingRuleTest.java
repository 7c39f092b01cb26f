package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.config.SettingRule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one catalogue of what each numeric setting allows, shared by builder, annotation and config. */
class SettingRuleTest {
    @Test
    void namesEachSettingInTheBuilderAndInConfiguration() {
        assertThat(SettingRule.FAILURE_THRESHOLD.builderName()).isEqualTo("failureThreshold");
        assertThat(SettingRule.FAILURE_THRESHOLD.configKey()).isEqualTo("failure-threshold");
        assertThat(SettingRule.TIMEOUT.builderName()).isEqualTo("timeout");
        assertThat(SettingRule.TIMEOUT.configKey()).isEqualTo("timeout");
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.builderName()).isEqualTo("halfOpenMaxCalls");
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.configKey()).isEqualTo("half-open-max-calls");
        assertThat(SettingRule.FAILURE_THRESHOLD.allowed()).isEqualTo("an integer from 1 to 2147483647");
        assertThat(SettingRule.TIMEOUT.allowed()).startsWith("a duration above zero");
    }

    @Test
    void integersFromOneToIntMax() {
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.allows(0)).isFalse();
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.allows(1)).isTrue();
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.allows(Integer.MAX_VALUE)).isTrue();
        assertThat(SettingRule.HALF_OPEN_MAX_CALLS.allows(Integer.MAX_VALUE + 1L)).isFalse();
        assertThatThrownBy(() -> SettingRule.FAILURE_THRESHOLD.require(Integer.MAX_VALUE + 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failureThreshold = 2147483648 is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void durationsAboveZero() {
        assertThat(SettingRule.TIMEOUT.allows(Duration.ofNanos(1))).isTrue();
        assertThat(SettingRule.TIMEOUT.allows(Duration.ZERO)).isFalse();
        assertThat(SettingRule.TIMEOUT.allows(Duration.ofNanos(-1))).isFalse();
        assertThat(SettingRule.TIMEOUT.allows((Duration) null)).isFalse();
    }
}
