package dev.breaker.core;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What one kind of setting allows, and the words for it in messages. The one place each limit lives:
 * the settings records, the builder, the annotation checks and the configuration keys all ask the same
 * rule, so they can never disagree.
 *
 * @param <T> the type of the values it judges
 */
public final class ValueRule<T> {
    /** A count: an integer of at least 1. */
    public static final ValueRule<Integer> COUNT = new ValueRule<>("an integer from 1 to 2147483647", count -> count >= 1);
    /** A duration above zero, of any size. */
    public static final ValueRule<Duration> POSITIVE_DURATION = new ValueRule<>("a duration above zero",
            duration -> !duration.isNegative() && !duration.isZero());
    /** Milliseconds of waiting: zero or more. */
    public static final ValueRule<Long> DELAY_MILLIS = new ValueRule<>("milliseconds, 0 or more", millis -> millis >= 0);
    /** A growth factor: a finite number of at least 1. */
    public static final ValueRule<Double> MULTIPLIER = new ValueRule<>("a finite number of at least 1",
            factor -> factor >= 1 && Double.isFinite(factor));
    /** The calls of a count window: at least 1, at most 100,000 (its memory grows with it). */
    public static final ValueRule<Integer> WINDOW_SIZE = new ValueRule<>("an integer from 1 to 100000",
            calls -> calls >= 1 && calls <= 100_000);
    /** A share of failures: above 0 and at most 1. */
    public static final ValueRule<Double> RATIO = new ValueRule<>("a number above 0 and at most 1, such as 0.5",
            ratio -> ratio > 0 && ratio <= 1);
    /** The period of a time window: above zero, at most an hour (it is kept in at most 3,600 buckets). */
    public static final ValueRule<Duration> WINDOW_DURATION = new ValueRule<>("a duration above zero and at most 1h",
            duration -> !duration.isNegative() && !duration.isZero() && duration.compareTo(Duration.ofHours(1)) <= 0);
    /** A fraction from 0 to 1, both included. */
    public static final ValueRule<Double> FRACTION = new ValueRule<>("a number from 0 to 1",
            fraction -> fraction >= 0 && fraction <= 1);

    private final String allowed;
    private final Predicate<T> test;

    private ValueRule(String allowed, Predicate<T> test) {
        this.allowed = allowed;
        this.test = test;
    }

    /** @return what the rule allows, in words, such as {@code an integer from 1 to 2147483647} */
    public String allowed() {
        return allowed;
    }

    /**
     * @param value a candidate value; {@code null} is never allowed
     * @return whether the rule allows it
     */
    public boolean allows(T value) {
        return value != null && test.test(value);
    }

    /**
     * @param setting the setting's name, for the message, such as {@code failureThreshold}
     * @param value a candidate value
     * @return the value, when allowed
     * @throws IllegalArgumentException naming the setting, the value and what is allowed, when it is not
     */
    public T require(String setting, T value) {
        if (!allows(value)) {
            throw new IllegalArgumentException(setting + " = " + value + " is not allowed: it must be " + allowed);
        }
        return value;
    }

    /**
     * @param setting the setting's name, for the message
     * @param value a candidate value that must not be {@code null}
     * @param <V> its type
     * @return the value
     * @throws IllegalArgumentException naming the setting, when it is {@code null}
     */
    public static <V> V requireGiven(String setting, V value) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " = null is not allowed: give a value");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ValueRule[" + allowed + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValueRule<?> rule && rule.allowed.equals(allowed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed);
    }
}
