package dev.breaker.demo;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreaker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every breaker of a registry with its metrics, as the JSON that {@code GET /breakers} answers. */
final class BreakersJson {
    private BreakersJson() {
    }

    /**
     * @param breakers the breakers
     * @return {@code {"exchange-api": {"state": "CLOSED", "successCount": 12, ...}, ...}}
     */
    static JsonObject of(Iterable<CircuitBreaker> breakers) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        List<CircuitBreaker> sorted = new ArrayList<>();
        breakers.forEach(sorted::add);
        sorted.sort(Comparator.comparing(CircuitBreaker::name));
        for (CircuitBreaker breaker : sorted) {
            all.add(breaker.name(), metrics(breaker.getMetrics()));
        }
        return all.build();
    }

    private static JsonObjectBuilder metrics(BreakerMetrics metrics) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("state", metrics.state().name())
                .add("successCount", metrics.successCount())
                .add("failureCount", metrics.failureCount())
                .add("rejectedCount", metrics.rejectedCount())
                .add("totalCalls", metrics.totalCalls())
                .add("stateChanges", metrics.stateChanges());
        addTime(json, "lastFailureTime", metrics.lastFailureTime());
        addTime(json, "lastSuccessTime", metrics.lastSuccessTime());
        return json;
    }

    private static void addTime(JsonObjectBuilder json, String key, Optional<Instant> time) {
        time.ifPresent(at -> json.add(key, at.toString()));
    }
}
