package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "60, PT60S",
        "' 60 ', PT60S",
        "250ms, PT0.25S",
        "250MS, PT0.25S",
        "5s, PT5S",
        "2m, PT2M",
        "1h, PT1H",
        "PT1M, PT1M",
        "pt1m, PT1M",
        "PT0.5S, PT0.5S",
        "P1D, PT24H",
        "-5s, PT-5S",
        "0, PT0S",
        "9223372036854775807, PT2562047788015215H30M7S",
    })
    void readsEveryListedForm(String text, Duration expected) {
        assertThat(DurationText.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "five", "5 s", "1.5s", "1d", "5sec", "PT", "P", "ms",
        "9223372036854775808", "9223372036854775807h", "9223372036854775807m", "1e3"})
    void readsNothingElse(String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }
}
