package dev.breaker.health.readiness;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Readiness as SmallRye Health writes it: the JSON a probe would read, by check name (the REST client tests read it too). */
public final class ReadinessReport {
    private final JsonObject payload;

    private ReadinessReport(JsonObject payload) {
        this.payload = payload;
    }

    public static ReadinessReport readiness(SmallRyeHealthReporter reporter) {
        return new ReadinessReport(reporter.getReadiness().getPayload());
    }

    public static ReadinessReport liveness(SmallRyeHealthReporter reporter) {
        SmallRyeHealth health = reporter.getLiveness();
        return new ReadinessReport(health.getPayload());
    }

    public String status() {
        return payload.getString("status");
    }

    public Map<String, JsonObject> checks() {
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        for (JsonValue check : payload.getJsonArray("checks")) {
            JsonObject object = check.asJsonObject();
            byName.put(object.getString("name"), object);
        }
        return byName;
    }

    public JsonObject check(String name) {
        JsonObject check = checks().get(name);
        if (check == null) {
            throw new AssertionError("no check " + name + " in " + payload);
        }
        return check;
    }

    @Override
    public String toString() {
        return payload.toString();
    }
}
