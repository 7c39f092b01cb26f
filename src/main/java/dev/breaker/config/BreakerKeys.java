package dev.breaker.config;

import dev.breaker.BreakerSettings;
import dev.breaker.core.ValueRule;
import java.time.Duration;
import java.util.Optional;

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
    /** The share of failures in a window that opens the breaker: when set, the breaker is in ratio mode. */
    public static final SettingKey<Optional<Double>> FAILURE_RATIO = FAMILY.key("failure-ratio", Optional.empty(),
            SettingText.optional(SettingText.decimal(ValueRule.RATIO, ValueRule.RATIO.allowed())),
            new MemberForm<>("failureRatio", MemberKind.DOUBLE, ValueRule.RATIO::allows, ValueRule.RATIO.allowed(),
                    Optional::of));
    /** Ratio mode's window: the last this many calls. */
    public static final SettingKey<Integer> WINDOW_SIZE = FAMILY.key("window-size",
            BreakerSettings.DEFAULT_WINDOW_SIZE, SettingText.count(ValueRule.WINDOW_SIZE),
            MemberForm.same("windowSize", MemberKind.INT, ValueRule.WINDOW_SIZE));
    /** Ratio mode's window, when set: the calls of this last period; {@code @Breaker} gives it in seconds. */
    public static final SettingKey<Optional<Duration>> WINDOW_DURATION = FAMILY.key("window-duration", Optional.empty(),
            SettingText.optional(SettingText.duration(ValueRule.WINDOW_DURATION)),
            new MemberForm<>("windowSeconds", MemberKind.LONG, seconds -> seconds >= 1 && seconds <= 3600,
                    "a whole number of seconds from 1 to 3600", seconds -> Optional.of(Duration.ofSeconds(seconds))));
    /** Ratio mode opens only once the window holds this many outcomes. */
    public static final SettingKey<Optional<Integer>> MINIMUM_CALLS = FAMILY.key("minimum-calls", Optional.empty(),
            SettingText.optional(SettingText.count(ValueRule.COUNT)),
            new MemberForm<>("minimumCalls", MemberKind.INT, ValueRule.COUNT::allows, ValueRule.COUNT.allowed(),
                    Optional::of));
    /** A call that returns normally but took longer counts as a failure; {@code @Breaker} gives it in milliseconds. */
    public static final SettingKey<Optional<Duration>> SLOW_CALL_DURATION = FAMILY.key("slow-call-duration",
            Optional.empty(), SettingText.optional(SettingText.duration(ValueRule.POSITIVE_DURATION)),
            new MemberForm<>("slowCallMillis", MemberKind.LONG, millis -> millis >= 1,
                    "a whole number of milliseconds, at least 1", millis -> Optional.of(Duration.ofMillis(millis))));
    /** {@code false} turns the breaker off: it never rejects a call. */
    public static final SettingKey<Boolean> ENABLED = FAMILY.key("enabled", Boolean.TRUE, SettingText.bool());
    /** How the breaker appears in MicroProfile Health. */
    public static final SettingKey<HealthMode> HEALTH = FAMILY.key("health", HealthMode.READINESS,
            SettingText.choice(HealthMode.values(), HealthMode::configValue, "readiness, report or off"));

    private BreakerKeys() {
    }
}
