package dev.breaker.config;

import dev.breaker.RetrySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides each setting of a {@code @RetryWithBackoff} method the way {@link SettingsResolver} does for
 * breakers, most specific first; the first one set wins:
 * <ol>
 *   <li>{@code retry.<name>.<key>}, for that method;</li>
 *   <li>the {@code @RetryWithBackoff} member, where given;</li>
 *   <li>{@code retry.<key>}, the default of every method;</li>
 *   <li>the built-in default.</li>
 * </ol>
 * {@code enabled} has no member, so steps 1, 3 and 4 decide it. A value that is set but not allowed is
 * always a problem, never skipped over.
 */
public final class RetryResolver {
    private final ConfigLookup config;

    /** @param config where configuration is read */
    public RetryResolver(ConfigLookup config) {
        this.config = config;
    }

    /**
     * @param name the retry's name, {@code <fully.qualified.Class>.<method>}
     * @param declared the annotation's members, assumed already checked by {@link RetryMemberRules}
     * @return its settings, or the problems found
     */
    public RetryResolution resolve(String name, RetryValues declared) {
        List<String> problems = new ArrayList<>(0);
        int maxAttempts = decide(name, RetryKey.MAX_ATTEMPTS,
                declared.hasMaxAttempts() ? declared.maxAttempts() : null, RetrySettings.DEFAULT_MAX_ATTEMPTS, problems);
        long baseDelayMillis = decide(name, RetryKey.BASE_DELAY,
                declared.hasBaseDelayMillis() ? declared.baseDelayMillis() : null,
                RetrySettings.DEFAULT_BASE_DELAY_MILLIS, problems);
        double multiplier = decide(name, RetryKey.MULTIPLIER,
                declared.hasMultiplier() ? declared.multiplier() : null, RetrySettings.DEFAULT_MULTIPLIER, problems);
        long maxDelayMillis = decide(name, RetryKey.MAX_DELAY,
                declared.hasMaxDelayMillis() ? declared.maxDelayMillis() : null,
                RetrySettings.DEFAULT_MAX_DELAY_MILLIS, problems);
        double jitter = decide(name, RetryKey.JITTER,
                declared.hasJitter() ? declared.jitter() : null, RetrySettings.DEFAULT_JITTER, problems);
        boolean enabled = decide(name, RetryKey.ENABLED, null, Boolean.TRUE, problems);
        if (!problems.isEmpty()) {
            return new RetryResolution(Optional.empty(), problems);
        }
        return new RetryResolution(Optional.of(new ResolvedRetry(name, maxAttempts, baseDelayMillis, multiplier,
                maxDelayMillis, jitter, enabled)), problems);
    }

    /**
     * Checks every {@code retry.<key>} default, whether or not a method ends up using it.
     *
     * @return a message for each default that is set but not allowed
     */
    public List<String> checkDefaults() {
        List<String> problems = new ArrayList<>(0);
        for (RetryKey key : RetryKey.values()) {
            String fullKey = key.forEveryMethod();
            config.value(fullKey)
                    .filter(text -> key.parse(text).isEmpty())
                    .ifPresent(text -> problems.add(
                            CompanionMessage.RETRY_INVALID_DEFAULT_PROPERTY.format(fullKey, text, key.allowed())));
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private <T> T decide(String name, RetryKey key, T declared, T builtIn, List<String> problems) {
        String ownKey = key.forMethod(name);
        Optional<String> own = config.value(ownKey);
        if (own.isPresent()) {
            Optional<?> value = key.parse(own.get());
            if (value.isEmpty()) {
                problems.add(CompanionMessage.RETRY_INVALID_PROPERTY.format(name, ownKey, own.get(), key.allowed()));
            }
            return value.map(parsed -> (T) parsed).orElse(builtIn);
        }
        if (declared != null) {
            return declared;
        }
        String defaultKey = key.forEveryMethod();
        Optional<String> every = config.value(defaultKey);
        if (every.isPresent()) {
            Optional<?> value = key.parse(every.get());
            if (value.isEmpty()) {
                problems.add(CompanionMessage.RETRY_INVALID_DEFAULT_PROPERTY.format(defaultKey, every.get(),
                        key.allowed()));
            }
            return value.map(parsed -> (T) parsed).orElse(builtIn);
        }
        return builtIn;
    }
}
