package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTextTest {

    @Test
    void countsFromOneToTheLargestInt() {
        assertThat(SettingText.parseCount("1", SettingRule.FAILURE_THRESHOLD)).hasValue(1);
        assertThat(SettingText.parseCount(" 2147483647 ", SettingRule.FAILURE_THRESHOLD)).hasValue(Integer.MAX_VALUE);
        assertThat(SettingText.parseCount("+3", SettingRule.HALF_OPEN_MAX_CALLS)).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "99999999999999999999", "five", "1.0", "", "0x10"})
    void noOtherCount(String text) {
        assertThat(SettingText.parseCount(text, SettingRule.FAILURE_THRESHOLD)).isEmpty();
    }

    @Test
    void booleansInAnyCase() {
        assertThat(SettingText.parseBoolean("true")).contains(true);
        assertThat(SettingText.parseBoolean(" FALSE ")).contains(false);
        assertThat(SettingText.parseBoolean("False")).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flase", "yes", "1", "on", ""})
    void noOtherBoolean(String text) {
        assertThat(SettingText.parseBoolean(text)).isEmpty();
    }

    @Test
    void healthModes() {
        assertThat(SettingText.parseHealth("readiness")).contains(HealthMode.READINESS);
        assertThat(SettingText.parseHealth("REPORT")).contains(HealthMode.REPORT);
        assertThat(SettingText.parseHealth(" off ")).contains(HealthMode.OFF);
        assertThat(SettingText.parseHealth("liveness")).isEmpty();
    }
}
