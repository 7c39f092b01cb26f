package dev.breaker.health;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Writes a {@link HealthReport} as a MicroProfile Health response. */
final class HealthResponses {
    private HealthResponses() {
    }

    static HealthCheckResponse of(HealthReport report) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(report.checkName()).status(report.up());
        for (Map.Entry<String, Object> entry : report.data().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Long number) {
                builder.withData(entry.getKey(), number);
            } else if (value instanceof Boolean flag) {
                builder.withData(entry.getKey(), flag);
            } else {
                builder.withData(entry.getKey(), String.valueOf(value));
            }
        }
        return builder.build();
    }
}
