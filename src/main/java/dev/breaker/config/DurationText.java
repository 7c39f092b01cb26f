package dev.breaker.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration written in configuration: a whole number of seconds ({@code 60}), a whole number
 * with a unit ({@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h}; the unit in any case), or ISO-8601
 * ({@code PT1M}, {@code PT0.25S}, {@code P1D}). Anything else, and anything too large for a
 * {@link Duration}, is not a duration. Whether it is long enough is for the setting's rule to say.
 */
public final class DurationText {
    /** How a duration is written, in words, for messages. */
    static final String SYNTAX = "60 (seconds), 250ms, 5s, 2m, 1h, or ISO-8601 such as PT1M";
    /** The same, for a duration that may be zero. */
    static final String SYNTAX_FROM_ZERO = "0, 500ms, 2s, 1m, or ISO-8601 such as PT0.5S";

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?\\d+)(ms|s|m|h)?");

    private DurationText() {
    }

    /**
     * @param text the configured text; surrounding blanks are ignored
     * @return the duration it writes, or empty when it writes none
     */
    public static Optional<Duration> parse(String text) {
        String trimmed = text.strip();
        Matcher matcher = NUMBER_AND_UNIT.matcher(trimmed.toLowerCase(Locale.ROOT));
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2);
                return Optional.of(unit == null ? Duration.ofSeconds(amount) : ofUnit(amount, unit));
            }
            if (trimmed.length() > 1 && (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p'
                    || trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+')) {
                return Optional.of(Duration.parse(trimmed));
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException notADuration) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Duration ofUnit(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
