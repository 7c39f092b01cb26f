package dev.breaker.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one readiness check says, before it is written as a MicroProfile Health response: kept apart
 * so the rules can be tested without a health implementation.
 *
 * @param checkName the check's name, such as {@code breaker:exchange-api}
 * @param up whether it is UP
 * @param data its data: only state names, flags and milliseconds (values are {@code String},
 *     {@code Long} or {@code Boolean}); never an exception's message nor a configured value
 */
public record HealthReport(String checkName, boolean up, Map<String, Object> data) {
    /**
     * Copies the data, keeping its order.
     *
     * @param checkName the check's name, such as {@code breaker:exchange-api}
     * @param up whether it is UP
     * @param data its data: only state names, flags and milliseconds (values are {@code String},
     *     {@code Long} or {@code Boolean}); never an exception's message nor a configured value
     */
    public HealthReport {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
