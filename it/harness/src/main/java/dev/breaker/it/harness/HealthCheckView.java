package dev.breaker.it.harness;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One check of a MicroProfile Health answer. Data values are kept as text because runtimes differ:
 * Payara writes {@code "2"} where Quarkus and Open Liberty write {@code 2}.
 *
 * @param name the check's name, such as {@code breaker:exchange-api}
 * @param status {@code UP} or {@code DOWN}
 * @param data the check's data, every value as text
 */
public record HealthCheckView(String name, String status, Map<String, String> data) {
    /** Copies the data. */
    public HealthCheckView {
        data = Map.copyOf(data);
    }

    /** @return the data {@code state}, or null */
    public String state() {
        return data.get("state");
    }

    /** @return the data {@code retryAfterMs} as a number, if present and numeric */
    public OptionalLong retryAfterMs() {
        String value = data.get("retryAfterMs");
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** @return whether the data says {@code degraded = true} */
    public boolean degraded() {
        return "true".equalsIgnoreCase(data.get("degraded"));
    }
}
