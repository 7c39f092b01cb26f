package dev.breaker.config;

import dev.breaker.BreakerSettings;
import dev.breaker.core.ValueRule;
import java.time.Duration;

/**
 * Every configuration key of a breaker, {@code breaker.<name>.<key>} and {@code breaker.<key>}, with
 * the {@code @Breaker} member that sets it too. Adding a setting is one entry here, and one line in
 * {@link BreakerResolver}.
 */
public final class BreakerKeys {
    /** The keys of breakers: {@code <name>} is the breaker's name. */
    public static final KeyFamily FAMILY = new KeyFamily("breaker.", Message.INVALID_PROPERTY,
            Message.INVALID_DEFAULT_PROPERTY, Message.INVALID_MEMBER::format, "failOn", "skipOn");

    /** Consecutive failures that open the breaker. */
    public static final SettingKey<Integer> FAILURE_THRESHOLD = FAMILY.key("failure-threshold",
            BreakerSettings.DEFAULT_FAILURE_THRESHOLD, SettingText.count(ValueRule.COUNT),
            MemberForm.same("failureThreshold", MemberKind.INT, ValueRule.COUNT));
    /** How long the breaker stays OPEN; {@code @Breaker} gives it in whole seconds. */
    public static final SettingKey<Duration> TIMEOUT = FAMILY.key("timeout",
            BreakerSettings.DEFAULT_TIMEOUT, SettingText.duration(ValueRule.POSITIVE_DURATION),
            new MemberForm<>("timeoutSeconds", MemberKind.LONG, seconds -> seconds >= 1,
                    "a whole number of seconds, at least 1 (set a shorter timeout through configuration, such as"
                            + " {key}=250ms)", Duration::ofSeconds));
    /** Trial calls in one HALF_OPEN period. */
    public static final SettingKey<Integer> HALF_OPEN_MAX_CALLS = FAMILY.key("half-open-max-calls",
            BreakerSettings.DEFAULT_HALF_OPEN_MAX_CALLS, SettingText.count(ValueRule.COUNT),
            MemberForm.same("halfOpenMaxCalls", MemberKind.INT, ValueRule.COUNT));
    /** {@code false} turns the breaker off: it never rejects a call. */
    public static final SettingKey<Boolean> ENABLED = FAMILY.key("enabled", Boolean.TRUE, SettingText.bool());
    /** How the breaker appears in MicroProfile Health. */
    public static final SettingKey<HealthMode> HEALTH = FAMILY.key("health", HealthMode.READINESS,
            SettingText.choice(HealthMode.values(), HealthMode::configValue, "readiness, report or off"));

    private BreakerKeys() {
    }
}
