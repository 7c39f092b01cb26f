package dev.breaker.config;

import java.time.Duration;

/**
 * What each numeric setting allows. The one place the limits live: the builder, the annotation
 * checks and the configuration checks all ask here, so they can never disagree.
 */
public enum SettingRule {
    /** Consecutive failures that open the breaker. */
    FAILURE_THRESHOLD("failureThreshold", "failure-threshold", "an integer from 1 to 2147483647"),
    /** How long the breaker stays OPEN. */
    TIMEOUT("timeout", "timeout",
            "a duration above zero: 60 (seconds), 250ms, 5s, 2m, 1h, or ISO-8601 such as PT1M"),
    /** Trial calls in one HALF_OPEN period. */
    HALF_OPEN_MAX_CALLS("halfOpenMaxCalls", "half-open-max-calls", "an integer from 1 to 2147483647");

    private final String builderName;
    private final String configKey;
    private final String allowed;

    SettingRule(String builderName, String configKey, String allowed) {
        this.builderName = builderName;
        this.configKey = configKey;
        this.allowed = allowed;
    }

    /** @return the setting's name in {@code CircuitBreaker.Builder} and in {@code @Breaker} */
    public String builderName() {
        return builderName;
    }

    /** @return the setting's key in MicroProfile Config, after {@code breaker.} or {@code breaker.<name>.} */
    public String configKey() {
        return configKey;
    }

    /** @return what is allowed, in words, for error messages */
    public String allowed() {
        return allowed;
    }

    /**
     * @param value a candidate value of an integer setting
     * @return whether it is allowed
     */
    public boolean allows(long value) {
        return value >= 1 && value <= Integer.MAX_VALUE;
    }

    /**
     * @param value a candidate timeout
     * @return whether it is allowed
     */
    public boolean allows(Duration value) {
        return value != null && !value.isNegative() && !value.isZero();
    }

    public void require(long value) {
        if (!allows(value)) {
            throw invalid(Long.toString(value));
        }
    }

    public void require(Duration value) {
        if (!allows(value)) {
            throw invalid(String.valueOf(value));
        }
    }

    private IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException(builderName + " = " + value + " is not allowed: it must be " + allowed);
    }
}
