package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.config.BreakerKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one catalogue of what each numeric setting allows, shared by builder, annotation and config. */
class ValueRuleTest {
    @Test
    void namesEachSettingInTheBuilderAndInConfiguration() {
        assertThat(BreakerKeys.FAILURE_THRESHOLD.member().orElseThrow().name()).isEqualTo("failureThreshold");
        assertThat(BreakerKeys.FAILURE_THRESHOLD.key()).isEqualTo("failure-threshold");
        assertThat(BreakerKeys.TIMEOUT.member().orElseThrow().name()).isEqualTo("timeoutSeconds");
        assertThat(BreakerKeys.TIMEOUT.key()).isEqualTo("timeout");
        assertThat(BreakerKeys.HALF_OPEN_MAX_CALLS.member().orElseThrow().name()).isEqualTo("halfOpenMaxCalls");
        assertThat(BreakerKeys.HALF_OPEN_MAX_CALLS.key()).isEqualTo("half-open-max-calls");
        assertThat(ValueRule.COUNT.allowed()).isEqualTo("an integer from 1 to 2147483647");
        assertThat(BreakerKeys.FAILURE_THRESHOLD.allowed()).isEqualTo("an integer from 1 to 2147483647");
        assertThat(ValueRule.POSITIVE_DURATION.allowed()).startsWith("a duration above zero");
        assertThat(BreakerKeys.TIMEOUT.allowed()).startsWith("a duration above zero");
    }

    @Test
    void integersFromOneToIntMax() {
        assertThat(ValueRule.COUNT.allows(0)).isFalse();
        assertThat(ValueRule.COUNT.allows(1)).isTrue();
        assertThat(ValueRule.COUNT.allows(Integer.MAX_VALUE)).isTrue();
        assertThat(BreakerKeys.HALF_OPEN_MAX_CALLS.parse("2147483648")).isEmpty();
        assertThatThrownBy(() -> ValueRule.COUNT.require("failureThreshold", Integer.MIN_VALUE + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failureThreshold = -2147483647 is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void durationsAboveZero() {
        assertThat(ValueRule.POSITIVE_DURATION.allows(Duration.ofNanos(1))).isTrue();
        assertThat(ValueRule.POSITIVE_DURATION.allows(Duration.ZERO)).isFalse();
        assertThat(ValueRule.POSITIVE_DURATION.allows(Duration.ofNanos(-1))).isFalse();
        assertThat(ValueRule.POSITIVE_DURATION.allows(null)).isFalse();
    }
}
