package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a {@code @WithFallback} method's fallback is on, by the rule of {@link Precedence}:
 * {@code fallback.<name>.enabled} for that method ({@code <name>} is
 * {@code <fully.qualified.Class>.<method>}), else {@code fallback.enabled} for every method, else
 * {@code true}. A value other than {@code true} or {@code false} is a problem, never read as
 * {@code false}.
 */
public final class FallbackResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public FallbackResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param name a fallback's name
     * @return a message for each value that is not allowed; empty when whether it is on is clear
     */
    public List<String> problems(String name) {
        List<String> problems = new ArrayList<>(0);
        enabled(name, problems);
        return problems;
    }

    /**
     * @param name a fallback's name
     * @return whether its fallback is on
     * @throws IllegalStateException naming the key and value, when a value is not allowed
     */
    public boolean isEnabled(String name) {
        List<String> problems = new ArrayList<>(0);
        boolean enabled = enabled(name, problems);
        return Resolution.of(enabled, problems).orThrow();
    }

    /** @return a message when {@code fallback.enabled} is set but not allowed, whether or not it is used */
    public List<String> checkDefaults() {
        return precedence.checkDefaults(FallbackKeys.FAMILY);
    }

    private boolean enabled(String name, List<String> problems) {
        return precedence.decide(name, FallbackKeys.ENABLED, MemberValues.NONE, problems);
    }
}
