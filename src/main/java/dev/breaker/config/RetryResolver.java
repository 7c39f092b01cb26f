package dev.breaker.config;

import dev.breaker.RetrySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides each setting of a {@code @RetryWithBackoff} method by the rule of {@link Precedence}, as
 * for breakers: {@code retry.<name>.<key>}, then the annotation's member, then {@code retry.<key>},
 * then the built-in default. {@code enabled} has no member.
 */
public final class RetryResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public RetryResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name the retry's name, {@code <fully.qualified.Class>.<method>}
     * @param declared the annotation's members, assumed already checked by {@link RetryMemberRules}
     * @return its settings, or the problems found
     */
    public Resolution<ResolvedRetry> resolve(String name, RetryValues declared) {
        List<String> problems = new ArrayList<>(0);
        int maxAttempts = precedence.decide(name, ConfigKey.MAX_ATTEMPTS,
                declared.hasMaxAttempts() ? Optional.of(declared.maxAttempts()) : Optional.empty(),
                RetrySettings.DEFAULT_MAX_ATTEMPTS, problems);
        long baseDelayMillis = precedence.decide(name, ConfigKey.BASE_DELAY,
                declared.hasBaseDelayMillis() ? Optional.of(declared.baseDelayMillis()) : Optional.empty(),
                RetrySettings.DEFAULT_BASE_DELAY_MILLIS, problems);
        double multiplier = precedence.decide(name, ConfigKey.MULTIPLIER,
                declared.hasMultiplier() ? Optional.of(declared.multiplier()) : Optional.empty(),
                RetrySettings.DEFAULT_MULTIPLIER, problems);
        long maxDelayMillis = precedence.decide(name, ConfigKey.MAX_DELAY,
                declared.hasMaxDelayMillis() ? Optional.of(declared.maxDelayMillis()) : Optional.empty(),
                RetrySettings.DEFAULT_MAX_DELAY_MILLIS, problems);
        double jitter = precedence.decide(name, ConfigKey.JITTER,
                declared.hasJitter() ? Optional.of(declared.jitter()) : Optional.empty(),
                RetrySettings.DEFAULT_JITTER, problems);
        boolean enabled = precedence.decide(name, ConfigKey.RETRY_ENABLED, Optional.empty(), Boolean.TRUE, problems);
        return Resolution.of(new ResolvedRetry(name, maxAttempts, baseDelayMillis, multiplier, maxDelayMillis, jitter,
                enabled), problems);
    }

    /**
     * Checks every {@code retry.<key>} default, whether or not a method ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(KeyFamily.RETRY);
    }
}
