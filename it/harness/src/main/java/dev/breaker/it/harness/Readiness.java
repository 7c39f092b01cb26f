package dev.breaker.it.harness;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A MicroProfile Health readiness answer read over HTTP: the HTTP status (200 when UP, 503 when
 * DOWN), the overall status and every check by name.
 *
 * @param httpStatus the HTTP status, or {@link HttpAnswer#NO_ANSWER}
 * @param status the overall status, or null when the answer was not health JSON
 * @param checks the checks by name
 * @param body the raw body, for messages
 */
public record Readiness(int httpStatus, String status, Map<String, HealthCheckView> checks, String body) {
    /** Copies the checks. */
    public Readiness {
        checks = Map.copyOf(checks);
    }

    /**
     * @param uri the readiness URL
     * @return what it answers now
     */
    public static Readiness read(URI uri) {
        HttpAnswer answer = HttpAnswer.get(uri);
        return parse(answer.status(), answer.body());
    }

    /**
     * @param httpStatus the HTTP status of a health answer
     * @param body its body
     * @return the answer read; without checks when the body is not health JSON
     */
    public static Readiness parse(int httpStatus, String body) {
        if (!body.trim().startsWith("{")) {
            return new Readiness(httpStatus, null, Map.of(), body);
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        Map<String, HealthCheckView> checks = new LinkedHashMap<>();
        for (JsonValue each : json.getJsonArray("checks")) {
            JsonObject check = each.asJsonObject();
            Map<String, String> data = new LinkedHashMap<>();
            JsonObject rawData = check.getJsonObject("data");
            if (rawData != null) {
                rawData.forEach((key, value) -> data.put(key, text(value)));
            }
            String name = check.getString("name");
            checks.put(name, new HealthCheckView(name, check.getString("status"), data));
        }
        return new Readiness(httpStatus, json.getString("status", null), checks, body);
    }

    /**
     * @param name a check's name
     * @return that check, if the answer has it
     */
    public Optional<HealthCheckView> check(String name) {
        return Optional.ofNullable(checks.get(name));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
