package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides {@code breaker.retry-executor}: its configured JNDI name, else none (the container's default
 * scheduler). A value not allowed (blank, or with a control character) is a problem, never read as
 * none. Whether the name resolves is for the start-up to find out, when it looks the scheduler up.
 */
public final class RetryExecutorResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public RetryExecutorResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /** @return the configured name, empty when none is, or the problem with the configured value */
    public Resolution<Optional<String>> resolve() {
        List<String> problems = new ArrayList<>(0);
        Optional<String> name = precedence.decide(ApplicationKeys.RETRY_EXECUTOR, problems);
        return Resolution.of(name, problems);
    }

    /** @return a message when the configured value is not allowed; empty otherwise */
    public List<String> problems() {
        return resolve().problems();
    }
}
