package dev.breaker.config;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the integer, boolean and health values written in configuration. */
public final class SettingText {
    private SettingText() {
    }

    /**
     * @param text the configured text; surrounding blanks are ignored
     * @param rule the rule the value must follow
     * @return the integer, when the text is a whole number that the rule allows
     */
    public static OptionalInt parseCount(String text, SettingRule rule) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty(); // words, fractions, and numbers too large even for a long
        }
        return rule.allows(value) ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    /**
     * @param text the configured text: {@code true} or {@code false} in any case, blanks ignored
     * @return the boolean, or empty for any other text (MicroProfile Config would read a typo as false)
     */
    public static Optional<Boolean> parseBoolean(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("true")) {
            return Optional.of(Boolean.TRUE);
        }
        if (value.equals("false")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /**
     * @param text the configured text: {@code readiness}, {@code report} or {@code off}, in any case
     * @return the mode, or empty for any other text
     */
    public static Optional<HealthMode> parseHealth(String text) {
        String value = text.strip();
        for (HealthMode mode : HealthMode.values()) {
            if (mode.configValue().equalsIgnoreCase(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
