package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides each application-wide setting ({@link ApplicationKeys}): {@code breaker.<key>}, else the
 * built-in default. A value that is set but not allowed is a problem, never skipped over.
 */
public final class ApplicationResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public ApplicationResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /** @return the application-wide settings, or the problems found */
    public Resolution<ResolvedApplication> resolve() {
        List<String> problems = new ArrayList<>(0);
        Optional<String> retryExecutor = precedence.decide(ApplicationKeys.RETRY_EXECUTOR, problems);
        return Resolution.of(new ResolvedApplication(retryExecutor), problems);
    }
}
