package dev.breaker.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.config.HealthMode;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The health data {@code failureRatio} of a breaker in ratio mode: text, four decimals at most. */
class BreakerReadinessRatioTest {
    private final FakeClock clock = FakeClock.atZero();

    private CircuitBreaker ratioBreaker(int size) {
        return CircuitBreaker.builder("ratio").failureRatio(1.0).windowSize(size).timeout(Duration.ofSeconds(10))
                .clock(clock).build();
    }

    private static HealthReport report(CircuitBreaker breaker) {
        return BreakerReadiness.ofBreaker(breaker, HealthMode.READINESS);
    }

    @Test
    void aBreakerInConsecutiveModeHasNoRatio() {
        CircuitBreaker consecutive = CircuitBreaker.builder("consecutive").windowSize(5).clock(clock).build();
        Calls.fail(consecutive);
        assertThat(report(consecutive)).isEqualTo(new HealthReport("breaker:consecutive", true, Map.of("state", "CLOSED")));
    }

    @Test
    void anEmptyWindowIsZero() {
        assertThat(report(ratioBreaker(5)))
                .isEqualTo(new HealthReport("breaker:ratio", true, Map.of("state", "CLOSED", "failureRatio", "0")));
    }

    @ParameterizedTest(name = "{0} failures of {1}: {2}")
    @CsvSource({
        "1, 2, 0.5",
        "1, 3, 0.3333",
        "2, 3, 0.6667",
        "1, 7, 0.1429",
        "1, 8, 0.125",
        "1, 16, 0.0625",
        "1, 32, 0.0313",
        "1, 3000, 0.0003",
        "1, 30000, 0",
        "4, 4, 1",
    })
    void theRatioHasFourDecimalsAtMost(int failures, int outcomes, String shown) throws Exception {
        CircuitBreaker breaker = ratioBreaker(outcomes + 1); // never full: a ratio of 1.0 never opens it
        for (int i = 0; i < outcomes - failures; i++) {
            Calls.succeed(breaker);
        }
        Calls.fail(breaker, failures);
        assertThat(report(breaker).data()).containsEntry("state", "CLOSED").containsEntry("failureRatio", shown);
    }

    @Test
    void outsideClosedTheRatioIsZero() {
        CircuitBreaker breaker = CircuitBreaker.builder("ratio").failureRatio(0.5).windowSize(2).halfOpenMaxCalls(1)
                .timeout(Duration.ofSeconds(10)).clock(clock).build();
        Calls.fail(breaker, 2);
        clock.advance(Duration.ofSeconds(4));
        assertThat(report(breaker)).isEqualTo(new HealthReport("breaker:ratio", false,
                Map.of("state", "OPEN", "retryAfterMs", 6_000L, "failureRatio", "0")));
        clock.advance(Duration.ofSeconds(6));
        assertThat(report(breaker)).isEqualTo(new HealthReport("breaker:ratio", true,
                Map.of("state", "HALF_OPEN", "degraded", true, "failureRatio", "0")));
    }
}
