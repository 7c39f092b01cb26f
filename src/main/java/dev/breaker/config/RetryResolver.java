package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides each setting of a {@code @RetryWithBackoff} method by the rule of {@link Precedence}, as
 * for breakers: {@code retry.<name>.<key>}, then the annotation's member, then {@code retry.<key>},
 * then the built-in default.
 */
public final class RetryResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public RetryResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name the retry's name, {@code <fully.qualified.Class>.<method>}
     * @param declared the annotation's members
     * @return its settings, or the problems found
     */
    public Resolution<ResolvedRetry> resolve(String name, MemberValues declared) {
        List<String> problems = new ArrayList<>(0);
        int maxAttempts = precedence.decide(name, RetryKeys.MAX_ATTEMPTS, declared, problems);
        long baseDelayMillis = precedence.decide(name, RetryKeys.BASE_DELAY, declared, problems);
        double multiplier = precedence.decide(name, RetryKeys.MULTIPLIER, declared, problems);
        long maxDelayMillis = precedence.decide(name, RetryKeys.MAX_DELAY, declared, problems);
        double jitter = precedence.decide(name, RetryKeys.JITTER, declared, problems);
        boolean enabled = precedence.decide(name, RetryKeys.ENABLED, declared, problems);
        return Resolution.of(new ResolvedRetry(name, maxAttempts, baseDelayMillis, multiplier, maxDelayMillis, jitter,
                enabled), problems);
    }

    /**
     * Checks every {@code retry.<key>} default, whether or not a method ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(RetryKeys.FAMILY);
    }
}
