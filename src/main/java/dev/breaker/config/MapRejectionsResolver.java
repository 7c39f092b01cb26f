package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides {@code breaker.jaxrs.map-rejections}: its configured value, else {@code true}. A value that is
 * neither {@code true} nor {@code false} is a problem, never read as either.
 */
public final class MapRejectionsResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public MapRejectionsResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /** @return whether the library maps rejections to 503, or the problem with the configured value */
    public Resolution<Boolean> resolve() {
        List<String> problems = new ArrayList<>(0);
        Boolean mapped = precedence.decide(ApplicationKeys.JAXRS_MAP_REJECTIONS, problems);
        return Resolution.of(mapped, problems);
    }

    /** @return a message when the configured value is not allowed; empty otherwise */
    public List<String> problems() {
        return resolve().problems();
    }
}
