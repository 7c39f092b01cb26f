package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.core.ValueRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTextTest {
    private static final TextForm<Integer> COUNT = SettingText.count(ValueRule.COUNT);
    private static final TextForm<Boolean> BOOLEAN = SettingText.bool();

    @Test
    void countsFromOneToTheLargestInt() {
        assertThat(COUNT.parse("1")).hasValue(1);
        assertThat(COUNT.parse(" 2147483647 ")).hasValue(Integer.MAX_VALUE);
        assertThat(COUNT.parse("+3")).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "99999999999999999999", "five", "1.0", "", "0x10"})
    void noOtherCount(String text) {
        assertThat(COUNT.parse(text)).isEmpty();
    }

    @Test
    void booleansInAnyCase() {
        assertThat(BOOLEAN.parse("true")).contains(true);
        assertThat(BOOLEAN.parse(" FALSE ")).contains(false);
        assertThat(BOOLEAN.parse("False")).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flase", "yes", "1", "on", ""})
    void noOtherBoolean(String text) {
        assertThat(BOOLEAN.parse(text)).isEmpty();
    }

    @Test
    void healthModes() {
        assertThat(BreakerKeys.HEALTH.parse("readiness")).contains(HealthMode.READINESS);
        assertThat(BreakerKeys.HEALTH.parse("REPORT")).contains(HealthMode.REPORT);
        assertThat(BreakerKeys.HEALTH.parse(" off ")).contains(HealthMode.OFF);
        assertThat(BreakerKeys.HEALTH.parse("liveness")).isEmpty();
    }
}
