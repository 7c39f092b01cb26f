package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the keys of the whole application ({@link ApplicationKeys}): each its configured value, else
 * its built-in one. A value not allowed is a problem, never read as another value. Whether what a value
 * names is there (a metrics backend, a scheduler) is for the code that looks it up to find out.
 */
public final class ApplicationResolver {
    private final Precedence precedence;

    /** @param config where configuration is read */
    public ApplicationResolver(ConfigLookup config) {
        this.precedence = new Precedence(config);
    }

    /**
     * @param key one of {@link ApplicationKeys}
     * @param <T> what it decides
     * @return its value, or the problem with the configured value
     */
    public <T> Resolution<T> resolve(SettingKey<T> key) {
        List<String> problems = new ArrayList<>(0);
        T value = precedence.decide(key, problems);
        return Resolution.of(value, problems);
    }

    /** @return a message for each key of the whole application set to a value not allowed; empty otherwise */
    public List<String> problems() {
        return precedence.checkDefaults(ApplicationKeys.FAMILY);
    }
}
