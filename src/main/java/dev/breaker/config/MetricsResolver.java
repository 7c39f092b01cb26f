package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides {@code breaker.metrics}: its configured value, else {@code auto}. A value not allowed is a
 * problem, never read as {@code auto} or {@code none}. Whether the backends named are there is for the
 * export to find out, when it looks for their beans.
 */
public final class MetricsResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public MetricsResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /** @return the choice, or the problem with the configured value */
    public Resolution<MetricsChoice> resolve() {
        List<String> problems = new ArrayList<>(0);
        MetricsChoice choice = precedence.decide(ApplicationKeys.METRICS, problems);
        return Resolution.of(choice, problems);
    }

    /** @return a message when the configured value is not allowed; empty otherwise */
    public List<String> problems() {
        return resolve().problems();
    }
}
