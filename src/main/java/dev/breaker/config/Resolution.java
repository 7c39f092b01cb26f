package dev.breaker.config;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving the settings of one breaker or one retry: the settings, or the problems that
 * prevent them.
 *
 * @param settings the settings; empty when there are problems
 * @param problems a message for each value that is not allowed; empty when the settings are valid
 * @param <T> what is resolved: {@link ResolvedBreaker} or {@link ResolvedRetry}
 */
public record Resolution<T>(Optional<T> settings, List<String> problems) {
    /**
     * Copies the problems.
     *
     * @param settings the settings; empty when there are problems
     * @param problems a message for each value that is not allowed; empty when the settings are valid
     */
    public Resolution {
        problems = List.copyOf(problems);
    }

    /**
     * @param settings the settings, when {@code problems} is empty
     * @param problems what prevents them
     * @param <T> what is resolved
     * @return the settings when there is no problem, else the problems
     */
    static <T> Resolution<T> of(T settings, List<String> problems) {
        return problems.isEmpty() ? new Resolution<>(Optional.of(settings), problems)
                : new Resolution<>(Optional.empty(), problems);
    }

    /**
     * @return the settings
     * @throws IllegalStateException with every problem in its message, when there are problems
     */
    public T orThrow() {
        return settings.orElseThrow(() -> new IllegalStateException(String.join("\n", problems)));
    }
}
