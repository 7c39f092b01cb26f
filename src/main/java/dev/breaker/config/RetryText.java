package dev.breaker.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of the retry keys written in configuration. Strict on purpose: MicroProfile Config's
 * own converters accept {@code NaN}, {@code Infinity} and hexadecimal floating point, none of which is
 * a sensible multiplier or jitter.
 */
final class RetryText {
    /** What {@code base-delay} and {@code max-delay} allow, in words. */
    static final String DELAY_ALLOWED =
            "a duration of zero or more: 0, 500ms, 2s, 1m, or ISO-8601 such as PT0.5S (a bare number is seconds)";

    private static final Pattern DECIMAL = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private RetryText() {
    }

    static Optional<Integer> parseAttempts(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value >= 1 && value <= Integer.MAX_VALUE ? Optional.of((int) value) : Optional.empty();
        } catch (NumberFormatException notAWholeNumber) {
            return Optional.empty();
        }
    }

    /** A duration in the library's one syntax ({@link DurationText}), zero or more, in whole milliseconds. */
    static Optional<Long> parseDelayMillis(String text) {
        Optional<Duration> duration = DurationText.parse(text).filter(value -> !value.isNegative());
        try {
            return duration.map(Duration::toMillis);
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    static Optional<Double> parseMultiplier(String text) {
        return parseDecimal(text).filter(value -> value >= 1);
    }

    static Optional<Double> parseJitter(String text) {
        return parseDecimal(text).filter(value -> value <= 1);
    }

    private static Optional<Double> parseDecimal(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
