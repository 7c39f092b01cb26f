package dev.breaker.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerClock;
import dev.breaker.CircuitBreaker;
import dev.breaker.config.HealthMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BreakerReadinessTest {
    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - 5);
    private final BreakerClock clock = new BreakerClock() {
        @Override
        public long nanoTime() {
            return nanos.get();
        }

        @Override
        public long epochMillis() {
            return 0;
        }
    };

    private CircuitBreaker breaker(String name) {
        return CircuitBreaker.builder(name).failureThreshold(1).timeout(Duration.ofSeconds(10)).clock(clock).build();
    }

    private static void fail(CircuitBreaker breaker) {
        try {
            breaker.run(() -> {
                throw new IllegalStateException("x");
            });
        } catch (IllegalStateException expected) {
            // counted
        }
    }

    @Test
    void closedIsUpWithItsState() {
        assertThat(BreakerReadiness.ofBreaker(breaker("a"), HealthMode.READINESS))
                .isEqualTo(new HealthReport("breaker:a", true, Map.of("state", "CLOSED")));
    }

    @Test
    void openIsDownWithTheTimeLeftAndUpInReportMode() {
        CircuitBreaker breaker = breaker("a");
        fail(breaker);
        nanos.addAndGet(Duration.ofMillis(2_500).toNanos());
        assertThat(BreakerReadiness.ofBreaker(breaker, HealthMode.READINESS))
                .isEqualTo(new HealthReport("breaker:a", false, Map.of("state", "OPEN", "retryAfterMs", 7_500L)));
        assertThat(BreakerReadiness.ofBreaker(breaker, HealthMode.REPORT).up()).isTrue();
    }

    @Test
    void halfOpenIsUpAndDegradedOnceTheTimeoutHasPassed() {
        CircuitBreaker breaker = breaker("a");
        fail(breaker);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(BreakerReadiness.ofBreaker(breaker, HealthMode.READINESS))
                .isEqualTo(new HealthReport("breaker:a", true, Map.of("state", "HALF_OPEN", "degraded", true)));
    }

    @Test
    void theBreakersCheckIsDownOnlyForAnOpenBreakerInReadinessMode() {
        CircuitBreaker shown = breaker("b");
        CircuitBreaker reported = breaker("a");
        CircuitBreaker hidden = breaker("c");
        fail(reported);
        fail(hidden);
        Map<String, HealthMode> modes = Map.of("a", HealthMode.REPORT, "b", HealthMode.READINESS, "c", HealthMode.OFF);
        HealthReport report = BreakerReadiness.ofCreatedLater(List.of(shown, reported, hidden), modes::get);
        assertThat(report).isEqualTo(new HealthReport("breakers", true, Map.of("a", "OPEN", "b", "CLOSED")));
        assertThat(report.data().keySet()).as("sorted by name").containsExactly("a", "b");

        fail(shown);
        assertThat(BreakerReadiness.ofCreatedLater(List.of(shown, reported, hidden), modes::get).up()).isFalse();
    }

    @Test
    void anUnreadableBreakerSaysNothingButDown() {
        assertThat(BreakerReadiness.unreadable("breaker:a"))
                .isEqualTo(new HealthReport("breaker:a", false, Map.of("state", "UNKNOWN")));
    }
}
