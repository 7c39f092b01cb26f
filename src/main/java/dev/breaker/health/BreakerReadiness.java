package dev.breaker.health;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.config.HealthMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a breaker appears in readiness:
 * <table>
 *   <caption>Status and data by state</caption>
 *   <tr><th>state</th><th>status</th><th>data besides {@code state}</th></tr>
 *   <tr><td>CLOSED</td><td>UP</td><td></td></tr>
 *   <tr><td>HALF_OPEN</td><td>UP (degraded)</td><td>{@code degraded} = true</td></tr>
 *   <tr><td>OPEN</td><td>DOWN; UP in {@code report} mode</td><td>{@code retryAfterMs}</td></tr>
 * </table>
 * A breaker in ratio mode also shows {@code failureRatio}: the share of failures in its window now.
 * The state is read from the clock: a breaker whose open timeout has passed reports HALF_OPEN with no
 * call needed, so an instance taken out of service comes back and traffic can reach it to try again.
 */
public final class BreakerReadiness {
    /** What every per-breaker check's name starts with. */
    public static final String CHECK_PREFIX = "breaker:";
    /** A state this library cannot read; reported DOWN, with nothing else said. */
    static final String UNKNOWN = "UNKNOWN";

    private BreakerReadiness() {
    }

    /**
     * @param breaker a breaker
     * @param mode how it appears in health
     * @return its check's report
     */
    public static HealthReport ofBreaker(CircuitBreaker breaker, HealthMode mode) {
        Duration retryAfter = breaker.retryAfter();
        CircuitState state = breaker.state();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", state.name());
        boolean up = true;
        if (state == CircuitState.HALF_OPEN) {
            data.put("degraded", Boolean.TRUE);
        } else if (state == CircuitState.OPEN) {
            data.put("retryAfterMs", retryAfter.toMillis());
            up = mode != HealthMode.READINESS;
        }
        if (breaker.settings().ratioMode()) {
            // Health data holds strings, longs and booleans: the ratio goes as text, four decimals at most.
            double ratio = breaker.getMetrics().failureRatio().orElse(0);
            data.put("failureRatio", BigDecimal.valueOf(ratio).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
        }
        return new HealthReport(CHECK_PREFIX + breaker.name(), up, data);
    }

    /**
     * @param breakers the breakers without a check of their own: created after start-up
     * @param modes how each appears in health, by name
     * @return the report of the {@code breakers} check: each shown breaker's name mapped to its state,
     *     DOWN when one in {@code readiness} mode is OPEN; those in {@code off} mode left out
     */
    public static HealthReport ofCreatedLater(Collection<CircuitBreaker> breakers, Function<String, HealthMode> modes) {
        List<CircuitBreaker> sorted = breakers.stream().sorted(Comparator.comparing(CircuitBreaker::name)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (CircuitBreaker breaker : sorted) {
            HealthMode mode = modes.apply(breaker.name());
            if (mode == HealthMode.OFF) {
                continue;
            }
            CircuitState state = breaker.state();
            data.put(breaker.name(), state.name());
            if (state == CircuitState.OPEN && mode == HealthMode.READINESS) {
                up = false;
            }
        }
        return new HealthReport(BreakersCheck.NAME, up, data);
    }

    /**
     * @param checkName the check that could not read its breaker
     * @return a DOWN report that says nothing of why (the reason is logged, never shown)
     */
    static HealthReport unreadable(String checkName) {
        return new HealthReport(checkName, false, Map.of("state", UNKNOWN));
    }
}
