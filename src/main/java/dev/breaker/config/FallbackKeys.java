package dev.breaker.config;

/**
 * Every configuration key of a {@code @WithFallback} method: {@code fallback.<name>.enabled} and
 * {@code fallback.enabled}.
 */
public final class FallbackKeys {
    /** The keys of fallbacks: {@code <name>} is {@code <fully.qualified.Class>.<method>}, which overloads share. */
    public static final KeyFamily FAMILY = new KeyFamily("fallback.", Message.FALLBACK_INVALID_PROPERTY,
            Message.FALLBACK_INVALID_DEFAULT_PROPERTY,
            (owner, member, value, place, allowed) -> {
                throw new IllegalStateException("@WithFallback has no numeric member");
            });

    /** {@code false}: the fallback never answers. */
    public static final SettingKey<Boolean> ENABLED = FAMILY.key("enabled", Boolean.TRUE, SettingText.bool());

    private FallbackKeys() {
    }
}
