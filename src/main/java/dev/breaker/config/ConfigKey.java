package dev.breaker.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Every MicroProfile Config key of the library, and how its text is read. Each is read as
 * {@code <prefix><name>.<key>} for one breaker or method, and as {@code <prefix><key>} for the default
 * of all of them: {@code breaker.} for breakers (named by their names), {@code retry.} and
 * {@code fallback.} for {@code @RetryWithBackoff} and {@code @WithFallback} methods (named
 * {@code <fully.qualified.Class>.<method>}, which overloads share).
 */
public enum ConfigKey {
    /** Consecutive failures that open the breaker. */
    FAILURE_THRESHOLD(KeyFamily.BREAKER, SettingRule.FAILURE_THRESHOLD.configKey(),
            SettingRule.FAILURE_THRESHOLD.allowed(), text -> count(text, SettingRule.FAILURE_THRESHOLD)),
    /** How long the breaker stays OPEN. */
    TIMEOUT(KeyFamily.BREAKER, SettingRule.TIMEOUT.configKey(), SettingRule.TIMEOUT.allowed(),
            text -> DurationText.parse(text).filter(SettingRule.TIMEOUT::allows)),
    /** Trial calls in one HALF_OPEN period. */
    HALF_OPEN_MAX_CALLS(KeyFamily.BREAKER, SettingRule.HALF_OPEN_MAX_CALLS.configKey(),
            SettingRule.HALF_OPEN_MAX_CALLS.allowed(), text -> count(text, SettingRule.HALF_OPEN_MAX_CALLS)),
    /** {@code false} turns the breaker off: it never rejects a call. */
    BREAKER_ENABLED(KeyFamily.BREAKER, "enabled", "true or false", SettingText::parseBoolean),
    /** How the breaker appears in MicroProfile Health. */
    HEALTH(KeyFamily.BREAKER, "health", "readiness, report or off", SettingText::parseHealth),

    /** Attempts in all, the first included. */
    MAX_ATTEMPTS(KeyFamily.RETRY, "max-attempts", "an integer from 1 to 2147483647", RetryText::parseAttempts),
    /** The wait before the second attempt. */
    BASE_DELAY(KeyFamily.RETRY, "base-delay", RetryText.DELAY_ALLOWED, RetryText::parseDelayMillis),
    /** Each further wait is the one before times this. */
    MULTIPLIER(KeyFamily.RETRY, "multiplier", "a number of at least 1, such as 1.5 or 2", RetryText::parseMultiplier),
    /** No wait is longer, jitter included. */
    MAX_DELAY(KeyFamily.RETRY, "max-delay", RetryText.DELAY_ALLOWED, RetryText::parseDelayMillis),
    /** Each wait varies at random by up to this fraction of itself. */
    JITTER(KeyFamily.RETRY, "jitter", "a number from 0 to 1, such as 0.2", RetryText::parseJitter),
    /** {@code false}: one attempt, never retried. */
    RETRY_ENABLED(KeyFamily.RETRY, "enabled", "true or false", SettingText::parseBoolean),

    /** {@code false}: the fallback never answers. */
    FALLBACK_ENABLED(KeyFamily.FALLBACK, "enabled", "true or false", SettingText::parseBoolean);

    private final KeyFamily family;
    private final String key;
    private final String allowed;
    private final Function<String, Optional<?>> parser;

    ConfigKey(KeyFamily family, String key, String allowed, Function<String, Optional<?>> parser) {
        this.family = family;
        this.key = key;
        this.allowed = allowed;
        this.parser = parser;
    }

    /** @return the key's last part, such as {@code failure-threshold} */
    public String key() {
        return key;
    }

    /** @return what the key allows, in words, for error messages */
    public String allowed() {
        return allowed;
    }

    /**
     * @param text a configured value
     * @return the value it writes, when the key allows it; empty otherwise
     */
    public Optional<?> parse(String text) {
        return parser.apply(text);
    }

    /**
     * @param name a breaker's name, or a method's {@code <fully.qualified.Class>.<method>}
     * @return the key for that one alone, such as {@code breaker.exchange-api.failure-threshold}
     */
    public String forName(String name) {
        return family.prefix() + name + "." + key;
    }

    /** @return the key of the default for all of them, such as {@code breaker.failure-threshold} */
    public String forEvery() {
        return family.prefix() + key;
    }

    KeyFamily family() {
        return family;
    }

    /** @return the keys of one family, in the order declared */
    static List<ConfigKey> of(KeyFamily family) {
        return Arrays.stream(values()).filter(key -> key.family == family).toList();
    }

    private static Optional<Integer> count(String text, SettingRule rule) {
        OptionalInt count = SettingText.parseCount(text, rule);
        return count.isPresent() ? Optional.of(count.getAsInt()) : Optional.empty();
    }
}
