package dev.breaker.health;

import dev.breaker.config.ConfigLookup;
import dev.breaker.config.HealthMode;
import dev.breaker.config.ResolvedBreaker;
import dev.breaker.config.BreakerResolver;
import dev.breaker.deployment.DeploymentModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Which breakers get a readiness check of their own: every breaker found at deployment, except those
 * whose {@code health} is {@code off} in the configuration seen then. Decided when the extensions add
 * beans (in Quarkus, at build time), because a check bean cannot be taken away later.
 */
public final class OwnCheckRule {
    private OwnCheckRule() {
    }

    /**
     * @param model what was found at deployment
     * @param config the configuration visible now
     * @return the names of the breakers to check, in the order found
     */
    public static List<String> checkedNames(DeploymentModel model, ConfigLookup config) {
        BreakerResolver resolver = new BreakerResolver(config);
        List<String> checked = new ArrayList<>();
        for (String name : model.breakerNames()) {
            // A value not allowed is reported by validation; here it must not hide the breaker.
            boolean off = resolver.resolve(name, model.membersOf(name)).settings()
                    .map(ResolvedBreaker::health)
                    .filter(HealthMode.OFF::equals)
                    .isPresent();
            if (!off) {
                checked.add(name);
            }
        }
        return checked;
    }
}
