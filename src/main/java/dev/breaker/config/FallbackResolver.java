package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a {@code @WithFallback} method's fallback is on: {@code fallback.<name>.enabled}
 * for that method ({@code <name>} is {@code <fully.qualified.Class>.<method>}), else
 * {@code fallback.enabled} for every method, else {@code true}. A value other than {@code true} or
 * {@code false} is a problem, never read as {@code false}.
 */
public final class FallbackResolver {
    /** What every key starts with. */
    public static final String PREFIX = "fallback.";
    /** The one key a fallback has. */
    public static final String ENABLED = "enabled";
    private static final String ALLOWED = "true or false";

    private final ConfigLookup config;

    /** @param config where configuration is read */
    public FallbackResolver(ConfigLookup config) {
        this.config = config;
    }

    /**
     * @param name a fallback's name, {@code <fully.qualified.Class>.<method>}
     * @return the key that turns that method's fallback on or off
     */
    public static String enabledKey(String name) {
        return PREFIX + name + "." + ENABLED;
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
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return enabled;
    }

    /** @return a message when {@code fallback.enabled} is set but not allowed, whether or not it is used */
    public List<String> checkDefaults() {
        String key = PREFIX + ENABLED;
        return config.value(key)
                .filter(text -> SettingText.parseBoolean(text).isEmpty())
                .map(text -> List.of(CompanionMessage.FALLBACK_INVALID_DEFAULT_PROPERTY.format(key, text, ALLOWED)))
                .orElse(List.of());
    }

    private boolean enabled(String name, List<String> problems) {
        String ownKey = enabledKey(name);
        Optional<String> own = config.value(ownKey);
        if (own.isPresent()) {
            Optional<Boolean> value = SettingText.parseBoolean(own.get());
            if (value.isEmpty()) {
                problems.add(CompanionMessage.FALLBACK_INVALID_PROPERTY.format(name, ownKey, own.get(), ALLOWED));
            }
            return value.orElse(Boolean.TRUE);
        }
        String defaultKey = PREFIX + ENABLED;
        Optional<String> every = config.value(defaultKey);
        if (every.isPresent()) {
            Optional<Boolean> value = SettingText.parseBoolean(every.get());
            if (value.isEmpty()) {
                problems.add(CompanionMessage.FALLBACK_INVALID_DEFAULT_PROPERTY.format(defaultKey, every.get(), ALLOWED));
            }
            return value.orElse(Boolean.TRUE);
        }
        return true;
    }
}
