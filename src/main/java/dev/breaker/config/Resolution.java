package dev.breaker.config;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving one breaker's settings: the settings, or the problems that prevent them.
 *
 * @param settings the settings; empty when there are problems
 * @param problems a message for each value that is not allowed; empty when the settings are valid
 */
public record Resolution(Optional<ResolvedSettings> settings, List<String> problems) {
    /** Copies the problems. */
    public Resolution {
        problems = List.copyOf(problems);
    }

    /**
     * @return the settings
     * @throws IllegalStateException with every problem in its message, when there are problems
     */
    public ResolvedSettings orThrow() {
        return settings.orElseThrow(() -> new IllegalStateException(String.join("\n", problems)));
    }
}
