package dev.breaker.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each setting of a breaker by the rule of {@link Precedence}: {@code breaker.<name>.<key>},
 * then the {@code @Breaker} member, then {@code breaker.<key>}, then the built-in default.
 * {@link #checkDefaults()} finds a bad default even when every breaker overrides it.
 */
public final class BreakerResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public BreakerResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name the breaker's name
     * @param declared what its {@code @Breaker} declarations give, merged; {@link MemberValues#NONE}
     *     for a breaker created only through the registry
     * @return its settings, or the problems found
     */
    public Resolution<ResolvedBreaker> resolve(String name, MemberValues declared) {
        List<String> problems = new ArrayList<>(0);
        int failureThreshold = precedence.decide(name, BreakerKeys.FAILURE_THRESHOLD, declared, problems);
        Duration timeout = precedence.decide(name, BreakerKeys.TIMEOUT, declared, problems);
        int halfOpenMaxCalls = precedence.decide(name, BreakerKeys.HALF_OPEN_MAX_CALLS, declared, problems);
        boolean enabled = precedence.decide(name, BreakerKeys.ENABLED, declared, problems);
        HealthMode health = precedence.decide(name, BreakerKeys.HEALTH, declared, problems);
        return Resolution.of(new ResolvedBreaker(name, failureThreshold, timeout, halfOpenMaxCalls, enabled, health,
                declared.types("failOn"), declared.types("skipOn")), problems);
    }

    /**
     * Checks every {@code breaker.<key>} default, whether or not a breaker ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(BreakerKeys.FAMILY);
    }
}
