package dev.breaker.config;

/**
 * The MicroProfile Config keys of a breaker. Each is read as {@code breaker.<name>.<key>} for one
 * breaker, and as {@code breaker.<key>} for the default of every breaker.
 */
public enum ConfigKey {
    /** Consecutive failures that open the breaker. */
    FAILURE_THRESHOLD(SettingRule.FAILURE_THRESHOLD.configKey(), SettingRule.FAILURE_THRESHOLD.allowed()),
    /** How long the breaker stays OPEN. */
    TIMEOUT(SettingRule.TIMEOUT.configKey(), SettingRule.TIMEOUT.allowed()),
    /** Trial calls in one HALF_OPEN period. */
    HALF_OPEN_MAX_CALLS(SettingRule.HALF_OPEN_MAX_CALLS.configKey(), SettingRule.HALF_OPEN_MAX_CALLS.allowed()),
    /** {@code false} turns the breaker off: it never rejects a call. */
    ENABLED("enabled", "true or false"),
    /** How the breaker appears in MicroProfile Health. */
    HEALTH("health", "readiness, report or off");

    /** What every key starts with. */
    public static final String PREFIX = "breaker.";

    private final String key;
    private final String allowed;

    ConfigKey(String key, String allowed) {
        this.key = key;
        this.allowed = allowed;
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
     * @param breakerName a breaker's name
     * @return the key for that breaker alone, such as {@code breaker.exchange-api.failure-threshold}
     */
    public String forBreaker(String breakerName) {
        return PREFIX + breakerName + "." + key;
    }

    /** @return the key of the default for every breaker, such as {@code breaker.failure-threshold} */
    public String forEveryBreaker() {
        return PREFIX + key;
    }
}
