package dev.breaker.config;

import dev.breaker.core.ValueRule;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How each kind of setting is written in configuration: the {@link TextForm} of counts, durations,
 * delays, decimals, booleans and choices. Strict on purpose, so every runtime judges a value alike
 * and a bad one gets the library's message rather than a converter's: integers in ASCII digits only
 * ({@link Long#parseLong} would take {@code ５} or {@code ٥}), decimals without {@code NaN},
 * {@code Infinity} or hexadecimal (which MicroProfile Config's converters accept), booleans spelled
 * out (a converter would read a typo as {@code false}).
 */
public final class SettingText {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private SettingText() {
    }

    /**
     * @param rule what the count allows
     * @return an integer in ASCII digits, surrounding blanks ignored
     */
    public static TextForm<Integer> count(ValueRule<Integer> rule) {
        return new TextForm<>(rule.allowed(), text -> parseInteger(text).filter(rule::allows));
    }

    /**
     * @param rule what the duration allows
     * @return a duration in the library's one syntax ({@link DurationText})
     */
    public static TextForm<Duration> duration(ValueRule<Duration> rule) {
        return new TextForm<>(rule.allowed() + ": " + DurationText.SYNTAX, text -> DurationText.parse(text).filter(rule::allows));
    }

    /**
     * @param form how a value is written
     * @param <T> its type
     * @return the same, for a setting that may be left unset: a written value is always present
     */
    public static <T> TextForm<Optional<T>> optional(TextForm<T> form) {
        return new TextForm<>(form.allowed(), text -> form.parse(text).map(Optional::of));
    }

    /** @return a wait of zero or more, written as a duration, read in whole milliseconds */
    public static TextForm<Long> delayMillis() {
        return new TextForm<>("a duration of zero or more: " + DurationText.SYNTAX_FROM_ZERO + " (a bare number is seconds)",
                text -> DurationText.parse(text).filter(value -> !value.isNegative()).flatMap(SettingText::toMillis));
    }

    /**
     * @param rule what the number allows
     * @param allowed what it allows in words, with an example
     * @return a decimal number
     */
    public static TextForm<Double> decimal(ValueRule<Double> rule, String allowed) {
        return new TextForm<>(allowed, text -> parseDecimal(text).filter(rule::allows));
    }

    /** @return {@code true} or {@code false} in any case, blanks ignored */
    public static TextForm<Boolean> bool() {
        return new TextForm<>("true or false", text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        });
    }

    /**
     * @param choices the values allowed
     * @param written how each is written in configuration
     * @param allowed what is allowed, in words
     * @param <E> the choice's type
     * @return one of the choices, written in any case, blanks ignored
     */
    public static <E extends Enum<E>> TextForm<E> choice(E[] choices, Function<E, String> written, String allowed) {
        return new TextForm<>(allowed, text -> {
            String value = text.strip();
            for (E choice : choices) {
                if (written.apply(choice).equalsIgnoreCase(value)) {
                    return Optional.of(choice);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * @param example a name to show in the message for a value not allowed
     * @return a JNDI name: any text but a blank one or one with a control character, surrounding blanks ignored
     */
    public static TextForm<String> jndiName(String example) {
        return new TextForm<>("a JNDI name, such as " + example, text -> {
            String name = text.strip();
            return name.isEmpty() || name.chars().anyMatch(Character::isISOControl) ? Optional.empty() : Optional.of(name);
        });
    }

    private static Optional<Integer> parseInteger(String text) {
        String value = text.strip();
        if (!INTEGER.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed >= Integer.MIN_VALUE && parsed <= Integer.MAX_VALUE ? Optional.of((int) parsed) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDecimal(String text) {
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.empty();
        }
        double parsed = Double.parseDouble(value);
        return Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
    }

    private static Optional<Long> toMillis(Duration duration) {
        try {
            return Optional.of(duration.toMillis());
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }
}
