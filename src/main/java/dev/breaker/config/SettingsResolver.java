package dev.breaker.config;

import dev.breaker.BreakerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides each setting of a breaker, most specific first; the first one set wins:
 * <ol>
 *   <li>{@code breaker.<name>.<key>}, for that breaker;</li>
 *   <li>the {@code @Breaker} member, where given;</li>
 *   <li>{@code breaker.<key>}, the default of every breaker;</li>
 *   <li>the built-in default.</li>
 * </ol>
 * {@code enabled} and {@code health} have no annotation member, so steps 1, 3 and 4 decide them. A
 * value that is set but not allowed is always a problem, never skipped over: {@link #checkDefaults()}
 * finds a bad default even when every breaker overrides it.
 */
public final class SettingsResolver {
    private final ConfigLookup config;

    /** @param config where configuration is read */
    public SettingsResolver(ConfigLookup config) {
        this.config = config;
    }

    /**
     * @param name the breaker's name
     * @param declared what its {@code @Breaker} declarations give, merged; {@link DeclaredValues#NONE}
     *     for a breaker created only through the registry. Members are assumed already checked by
     *     {@link MemberRules}.
     * @return its settings, or the problems found
     */
    public Resolution resolve(String name, DeclaredValues declared) {
        List<String> problems = new ArrayList<>(0);
        int failureThreshold = decide(name, ConfigKey.FAILURE_THRESHOLD, countOf(SettingRule.FAILURE_THRESHOLD),
                declared.hasFailureThreshold() ? Optional.of(declared.failureThreshold()) : Optional.empty(),
                BreakerSettings.DEFAULT_FAILURE_THRESHOLD, problems);
        Duration timeout = decide(name, ConfigKey.TIMEOUT, SettingsResolver::timeoutOf,
                declared.hasTimeoutSeconds() ? Optional.of(Duration.ofSeconds(declared.timeoutSeconds())) : Optional.empty(),
                BreakerSettings.DEFAULT_TIMEOUT, problems);
        int halfOpenMaxCalls = decide(name, ConfigKey.HALF_OPEN_MAX_CALLS, countOf(SettingRule.HALF_OPEN_MAX_CALLS),
                declared.hasHalfOpenMaxCalls() ? Optional.of(declared.halfOpenMaxCalls()) : Optional.empty(),
                BreakerSettings.DEFAULT_HALF_OPEN_MAX_CALLS, problems);
        boolean enabled = decide(name, ConfigKey.ENABLED, SettingText::parseBoolean, Optional.empty(), Boolean.TRUE,
                problems);
        HealthMode health = decide(name, ConfigKey.HEALTH, SettingText::parseHealth, Optional.empty(),
                HealthMode.READINESS, problems);
        if (!problems.isEmpty()) {
            return new Resolution(Optional.empty(), problems);
        }
        return new Resolution(Optional.of(new ResolvedSettings(name, failureThreshold, timeout, halfOpenMaxCalls,
                enabled, health, declared.failOn(), declared.skipOn())), problems);
    }

    /**
     * Checks every {@code breaker.<key>} default, whether or not a breaker ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        List<String> problems = new ArrayList<>(0);
        for (ConfigKey key : ConfigKey.values()) {
            String fullKey = key.forEveryBreaker();
            config.value(fullKey)
                    .filter(text -> parserOf(key).apply(text).isEmpty())
                    .ifPresent(text -> problems.add(Message.INVALID_DEFAULT_PROPERTY.format(fullKey, text, key.allowed())));
        }
        return problems;
    }

    private <T> T decide(String name, ConfigKey key, Function<String, Optional<T>> parser, Optional<T> declared,
            T builtIn, List<String> problems) {
        String ownKey = key.forBreaker(name);
        Optional<String> own = config.value(ownKey);
        if (own.isPresent()) {
            Optional<T> value = parser.apply(own.get());
            if (value.isEmpty()) {
                problems.add(Message.INVALID_PROPERTY.format(name, ownKey, own.get(), key.allowed()));
            }
            return value.orElse(builtIn);
        }
        if (declared.isPresent()) {
            return declared.get();
        }
        String defaultKey = key.forEveryBreaker();
        Optional<String> every = config.value(defaultKey);
        if (every.isPresent()) {
            Optional<T> value = parser.apply(every.get());
            if (value.isEmpty()) {
                problems.add(Message.INVALID_DEFAULT_PROPERTY.format(defaultKey, every.get(), key.allowed()));
            }
            return value.orElse(builtIn);
        }
        return builtIn;
    }

    private static Function<String, Optional<?>> parserOf(ConfigKey key) {
        return switch (key) {
            case FAILURE_THRESHOLD -> text -> countOf(SettingRule.FAILURE_THRESHOLD).apply(text);
            case TIMEOUT -> SettingsResolver::timeoutOf;
            case HALF_OPEN_MAX_CALLS -> text -> countOf(SettingRule.HALF_OPEN_MAX_CALLS).apply(text);
            case ENABLED -> SettingText::parseBoolean;
            case HEALTH -> SettingText::parseHealth;
        };
    }

    private static Function<String, Optional<Integer>> countOf(SettingRule rule) {
        return text -> {
            var count = SettingText.parseCount(text, rule);
            return count.isPresent() ? Optional.of(count.getAsInt()) : Optional.empty();
        };
    }

    private static Optional<Duration> timeoutOf(String text) {
        return DurationText.parse(text).filter(SettingRule.TIMEOUT::allows);
    }
}
