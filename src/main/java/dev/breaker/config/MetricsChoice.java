package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code breaker.metrics} says: {@code auto} (the first backend, in the order of
 * {@link MetricsBackend}, whose API is present and whose bean resolves), {@code none}, or the backends
 * named, each of which must then be there.
 *
 * @param auto whether the backend is picked from what the application has
 * @param backends the backends to try in order ({@code auto}) or to export through (named); empty for
 *     {@code none}
 */
public record MetricsChoice(boolean auto, List<MetricsBackend> backends) {
    /** The default: the first backend the application has; nothing, silently, when it has none. */
    public static final MetricsChoice AUTO = new MetricsChoice(true, List.of(MetricsBackend.values()));
    /** No export at all. */
    public static final MetricsChoice NONE = new MetricsChoice(false, List.of());

    /** How {@code breaker.metrics} is written. */
    static final TextForm<MetricsChoice> TEXT = new TextForm<>("auto, none, or one or more of "
            + List.of(MetricsBackend.values()).stream().map(MetricsBackend::configValue).collect(Collectors.joining(", "))
            + " separated by commas", MetricsChoice::parse);

    /**
     * Copies the backends.
     *
     * @param auto whether the backend is picked from what the application has
     * @param backends the backends to try in order, or to export through
     */
    public MetricsChoice {
        backends = List.copyOf(backends);
    }

    /**
     * @param backends the backends to export through, each required
     * @return the choice that names them
     */
    public static MetricsChoice of(MetricsBackend... backends) {
        return new MetricsChoice(false, List.of(backends));
    }

    /** @return whether nothing is exported */
    public boolean isNone() {
        return backends.isEmpty();
    }

    /** @return as configuration writes it, such as {@code micrometer,opentelemetry} */
    @Override
    public String toString() {
        if (auto) {
            return "auto";
        }
        return isNone() ? "none" : backends.stream().map(MetricsBackend::configValue).collect(Collectors.joining(","));
    }

    private static Optional<MetricsChoice> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return Optional.of(AUTO);
        }
        if (value.equals("none")) {
            return Optional.of(NONE);
        }
        List<MetricsBackend> named = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            Optional<MetricsBackend> backend = backendNamed(item.strip());
            if (backend.isEmpty()) {
                return Optional.empty();
            }
            if (!named.contains(backend.get())) {
                named.add(backend.get());
            }
        }
        return Optional.of(new MetricsChoice(false, named));
    }

    private static Optional<MetricsBackend> backendNamed(String name) {
        for (MetricsBackend backend : MetricsBackend.values()) {
            if (backend.configValue().equals(name)) {
                return Optional.of(backend);
            }
        }
        return Optional.empty();
    }
}
