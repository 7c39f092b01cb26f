package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void idsAreUniqueAndStable() {
        assertThat(Arrays.stream(Message.values()).map(Message::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("BRK-\\d{3}"));
        assertThat(Message.INVALID_PROPERTY.id()).isEqualTo("BRK-101");
        assertThat(Message.CONFLICTING_MEMBER.id()).isEqualTo("BRK-201");
        assertThat(Message.UNINTERCEPTED_METHOD.id()).isEqualTo("BRK-301");
        assertThat(Message.INVALID_APPLICATION_PROPERTY.id()).isEqualTo("BRK-901");
        assertThat(Message.METRICS_API_ABSENT.id()).isEqualTo("BRK-902");
        assertThat(Message.METRICS_BEAN_MISSING.id()).isEqualTo("BRK-903");
        assertThat(Message.REST_CLIENT_NOT_A_CALL.id()).isEqualTo("BRK-305");
        assertThat(Message.REST_CLIENT_INHERITED.id()).isEqualTo("BRK-306");
        assertThat(Message.FALLBACK_NOT_DEFAULT.id()).isEqualTo("BRK-617");
        assertThat(Message.COMPANION_REST_CLIENT_NOT_A_CALL.id()).isEqualTo("BRK-704");
        assertThat(Message.COMPANION_REST_CLIENT_INHERITED.id()).isEqualTo("BRK-705");
        assertThat(Message.UNSUPPORTED_RETURN.id()).isEqualTo("BRK-307");
        assertThat(Message.COMPANION_UNSUPPORTED_RETURN.id()).isEqualTo("BRK-706");
        assertThat(Message.OVERRIDDEN.id()).isEqualTo("BRK-308");
        assertThat(Message.ON_INTERFACE.id()).isEqualTo("BRK-309");
        assertThat(Message.COMPANION_OVERRIDDEN.id()).isEqualTo("BRK-707");
        assertThat(Message.COMPANION_ON_INTERFACE.id()).isEqualTo("BRK-708");
        assertThat(Message.RETRY_EXECUTOR_NOT_FOUND.id()).isEqualTo("BRK-802");
        assertThat(Message.INVALID_APPLICATION_PROPERTY.id()).isEqualTo("BRK-901");
    }

    @Test
    void aMessageStartsWithItsIdAndNamesWhatItIsGiven() {
        assertThat(Message.INVALID_PROPERTY.format("exchange-api", "breaker.exchange-api.timeout", "soon",
                BreakerKeys.TIMEOUT.allowed()))
                .isEqualTo("BRK-101 Circuit breaker 'exchange-api': breaker.exchange-api.timeout = \"soon\" is not"
                        + " allowed: it must be a duration above zero: 60 (seconds), 250ms, 5s, 2m, 1h, or ISO-8601"
                        + " such as PT1M");
    }

    @Test
    void numbersAreWrittenWithoutGrouping() {
        assertThat(Message.INVALID_MEMBER.format("b", "failureThreshold", -2147483647, "X.m()", "at least 1"))
                .contains("failureThreshold = -2147483647");
    }
}
