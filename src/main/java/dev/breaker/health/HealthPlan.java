package dev.breaker.health;

import dev.breaker.config.ConfigLookup;
import dev.breaker.config.HealthMode;
import dev.breaker.config.ResolvedSettings;
import dev.breaker.config.SettingsResolver;
import dev.breaker.deployment.DeclaredBreakers;
import java.util.ArrayList;
import java.util.List;

/**
 * Which breakers get a readiness check of their own: every breaker found at deployment, except those
 * whose {@code health} is {@code off} in the configuration seen then. Decided when the extensions add
 * beans (in Quarkus, at build time), because a check bean cannot be taken away later.
 */
public final class HealthPlan {
    private HealthPlan() {
    }

    /**
     * @param declared the breakers found at deployment
     * @param config the configuration visible now
     * @return the names of the breakers to check, in the order found
     */
    public static List<String> checkedNames(DeclaredBreakers declared, ConfigLookup config) {
        SettingsResolver resolver = new SettingsResolver(config);
        List<String> checked = new ArrayList<>();
        for (String name : declared.names()) {
            // A value not allowed is reported by validation; here it must not hide the breaker.
            boolean off = resolver.resolve(name, declared.valuesOf(name)).settings()
                    .map(ResolvedSettings::health)
                    .filter(HealthMode.OFF::equals)
                    .isPresent();
            if (!off) {
                checked.add(name);
            }
        }
        return checked;
    }
}
