package dev.breaker.config;

import dev.breaker.RetrySettings;
import dev.breaker.core.ValueRule;

/**
 * Every configuration key of a {@code @RetryWithBackoff} method, {@code retry.<name>.<key>} and
 * {@code retry.<key>}, with the member that sets it too. Adding a setting is one entry here, and one
 * line in {@link RetryResolver}.
 */
public final class RetryKeys {
    /** The keys of retries: {@code <name>} is {@code <fully.qualified.Class>.<method>}, which overloads share. */
    public static final KeyFamily FAMILY = new KeyFamily("retry.", Message.RETRY_INVALID_PROPERTY,
            Message.RETRY_INVALID_DEFAULT_PROPERTY,
            (owner, member, value, place, allowed) -> Message.RETRY_INVALID_MEMBER.format(member, value, place, allowed),
            "retryOn", "abortOn");

    /** Attempts in all, the first included. */
    public static final SettingKey<Integer> MAX_ATTEMPTS = FAMILY.key("max-attempts",
            RetrySettings.DEFAULT_MAX_ATTEMPTS, SettingText.count(ValueRule.COUNT),
            MemberForm.same("maxAttempts", MemberKind.INT, ValueRule.COUNT));
    /** The wait before the second attempt. */
    public static final SettingKey<Long> BASE_DELAY = FAMILY.key("base-delay",
            RetrySettings.DEFAULT_BASE_DELAY_MILLIS, SettingText.delayMillis(),
            MemberForm.same("baseDelayMillis", MemberKind.LONG, ValueRule.DELAY_MILLIS));
    /** Each further wait is the one before times this. */
    public static final SettingKey<Double> MULTIPLIER = FAMILY.key("multiplier",
            RetrySettings.DEFAULT_MULTIPLIER, SettingText.decimal(ValueRule.MULTIPLIER, "a number of at least 1, such as 1.5 or 2"),
            MemberForm.same("multiplier", MemberKind.DOUBLE, ValueRule.MULTIPLIER));
    /** No wait is longer, jitter included. */
    public static final SettingKey<Long> MAX_DELAY = FAMILY.key("max-delay",
            RetrySettings.DEFAULT_MAX_DELAY_MILLIS, SettingText.delayMillis(),
            MemberForm.same("maxDelayMillis", MemberKind.LONG, ValueRule.DELAY_MILLIS));
    /** Each wait varies at random by up to this fraction of itself. */
    public static final SettingKey<Double> JITTER = FAMILY.key("jitter",
            RetrySettings.DEFAULT_JITTER, SettingText.decimal(ValueRule.FRACTION, ValueRule.FRACTION.allowed() + ", such as 0.2"),
            MemberForm.same("jitter", MemberKind.DOUBLE, ValueRule.FRACTION));
    /** {@code false}: one attempt, never retried. */
    public static final SettingKey<Boolean> ENABLED = FAMILY.key("enabled", Boolean.TRUE, SettingText.bool());

    private RetryKeys() {
    }
}
