package dev.breaker.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * The MicroProfile Config keys of a {@code @RetryWithBackoff} method. Each is read as
 * {@code retry.<name>.<key>} for one method, where {@code <name>} is
 * {@code <fully.qualified.Class>.<method>} (overloads share it), and as {@code retry.<key>} for the
 * default of every method. Each key knows how its text is read.
 */
public enum RetryKey {
    /** Attempts in all, the first included. */
    MAX_ATTEMPTS("max-attempts", "an integer from 1 to 2147483647", RetryText::parseAttempts),
    /** The wait before the second attempt. */
    BASE_DELAY("base-delay", RetryText.DELAY_ALLOWED, RetryText::parseDelayMillis),
    /** Each further wait is the one before times this. */
    MULTIPLIER("multiplier", "a number of at least 1, such as 1.5 or 2", RetryText::parseMultiplier),
    /** No wait is longer, jitter included. */
    MAX_DELAY("max-delay", RetryText.DELAY_ALLOWED, RetryText::parseDelayMillis),
    /** Each wait varies at random by up to this fraction of itself. */
    JITTER("jitter", "a number from 0 to 1, such as 0.2", RetryText::parseJitter),
    /** {@code false}: one attempt, never retried. */
    ENABLED("enabled", "true or false", SettingText::parseBoolean);

    /** What every key starts with. */
    public static final String PREFIX = "retry.";

    private final String key;
    private final String allowed;
    private final Function<String, Optional<?>> parser;

    RetryKey(String key, String allowed, Function<String, Optional<?>> parser) {
        this.key = key;
        this.allowed = allowed;
        this.parser = parser;
    }

    /** @return the key's last part, such as {@code max-attempts} */
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
     * @param retryName a retry's name, {@code <fully.qualified.Class>.<method>}
     * @return the key for that method alone, such as {@code retry.com.acme.Client.quote.max-attempts}
     */
    public String forMethod(String retryName) {
        return PREFIX + retryName + "." + key;
    }

    /** @return the key of the default for every method, such as {@code retry.max-attempts} */
    public String forEveryMethod() {
        return PREFIX + key;
    }
}
