package dev.breaker.config;

import dev.breaker.BreakerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides each setting of a breaker by the rule of {@link Precedence}: {@code breaker.<name>.<key>},
 * then the {@code @Breaker} member, then {@code breaker.<key>}, then the built-in default.
 * {@code enabled} and {@code health} have no annotation member. {@link #checkDefaults()} finds a bad
 * default even when every breaker overrides it.
 */
public final class SettingsResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public SettingsResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name the breaker's name
     * @param declared what its {@code @Breaker} declarations give, merged; {@link DeclaredValues#NONE}
     *     for a breaker created only through the registry. Members are assumed already checked by
     *     {@link MemberRules}.
     * @return its settings, or the problems found
     */
    public Resolution<ResolvedSettings> resolve(String name, DeclaredValues declared) {
        List<String> problems = new ArrayList<>(0);
        int failureThreshold = precedence.decide(name, ConfigKey.FAILURE_THRESHOLD,
                declared.hasFailureThreshold() ? Optional.of(declared.failureThreshold()) : Optional.empty(),
                BreakerSettings.DEFAULT_FAILURE_THRESHOLD, problems);
        Duration timeout = precedence.decide(name, ConfigKey.TIMEOUT,
                declared.hasTimeoutSeconds() ? Optional.of(Duration.ofSeconds(declared.timeoutSeconds())) : Optional.empty(),
                BreakerSettings.DEFAULT_TIMEOUT, problems);
        int halfOpenMaxCalls = precedence.decide(name, ConfigKey.HALF_OPEN_MAX_CALLS,
                declared.hasHalfOpenMaxCalls() ? Optional.of(declared.halfOpenMaxCalls()) : Optional.empty(),
                BreakerSettings.DEFAULT_HALF_OPEN_MAX_CALLS, problems);
        boolean enabled = precedence.decide(name, ConfigKey.BREAKER_ENABLED, Optional.empty(), Boolean.TRUE, problems);
        HealthMode health = precedence.decide(name, ConfigKey.HEALTH, Optional.empty(), HealthMode.READINESS, problems);
        return Resolution.of(new ResolvedSettings(name, failureThreshold, timeout, halfOpenMaxCalls, enabled, health,
                declared.failOn(), declared.skipOn()), problems);
    }

    /**
     * Checks every {@code breaker.<key>} default, whether or not a breaker ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(KeyFamily.BREAKER);
    }
}
