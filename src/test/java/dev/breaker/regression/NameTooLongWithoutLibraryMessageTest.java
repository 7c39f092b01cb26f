package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the builder accepted a name of 10,000 characters, and a registry's refusal of a long name
 * was not the library's. A breaker name is 1 to 1,000 characters, not all blank, with no control
 * character; the builder and the registry refuse any other with {@code IllegalArgumentException} and
 * the library's message, the name shown escaped and cut short (one line, whatever the name).
 */
class NameTooLongWithoutLibraryMessageTest {
    private static final String THOUSAND = "0123456789".repeat(100);
    private static final String RULE = "A circuit breaker name must be 1 to 1000 characters, not blank, with no control"
            + " character; ";

    @Test
    void theBuilderRefusesTenThousandCharacters() {
        assertThatThrownBy(() -> CircuitBreaker.builder("0123456789".repeat(1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(RULE + "\"" + THOUSAND.substring(0, 60) + "\"... (10000 characters) has 10000 characters,"
                        + " more than 1000. Give a name such as \"exchange-api\"");
    }

    @Test
    void theBuilderRefusesControlCharactersAndShowsThemEscaped() {
        assertThatThrownBy(() -> CircuitBreaker.builder("forged\nWARNING: log line"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(RULE + "\"forged\\u000aWARNING: log line\" has a control character at index 6. Give a"
                        + " name such as \"exchange-api\"");
        assertThatThrownBy(() -> CircuitBreaker.builder("nul\0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"nul\\u0000\" has a control character at index 3");
    }

    @Test
    void theStandaloneRegistryRefuses2021Characters() {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        String tooLong = THOUSAND + THOUSAND + "abcdefghijklmnopqrstu";

        assertThatThrownBy(() -> registry.get(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(RULE + "\"" + THOUSAND.substring(0, 60) + "\"... (2021 characters) has 2021 characters,"
                        + " more than 1000. Give a name such as \"exchange-api\"");
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void oneThousandCharactersAreFineEverywhere() throws Exception {
        assertThat(CircuitBreaker.builder(THOUSAND).build().call(() -> "called")).isEqualTo("called");
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        assertThat(registry.get(THOUSAND).name()).isEqualTo(THOUSAND);
        assertThat(registry.get(THOUSAND)).isSameAs(registry.get(THOUSAND));
    }
}
