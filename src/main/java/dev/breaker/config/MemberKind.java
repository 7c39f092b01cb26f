package dev.breaker.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * The Java type of one numeric annotation member and its "left out" value: {@code Integer.MIN_VALUE}
 * for whole numbers, {@code NaN} for fractions (values no one would write). Read the same way from a
 * loaded annotation, from CDI Lite's language model and from synthetic bean parameters.
 *
 * @param <R> the member's boxed type
 */
public final class MemberKind<R> {
    /** An {@code int} member, left out as {@code Integer.MIN_VALUE}. */
    public static final MemberKind<Integer> INT = new MemberKind<>(Integer.class, Integer.MIN_VALUE, Integer::valueOf);
    /** A {@code long} member, left out as {@code Integer.MIN_VALUE} (the annotations' {@code UNSET}). */
    public static final MemberKind<Long> LONG = new MemberKind<>(Long.class, (long) Integer.MIN_VALUE, Long::valueOf);
    /** A {@code double} member, left out as {@code NaN}. */
    public static final MemberKind<Double> DOUBLE = new MemberKind<>(Double.class, Double.NaN, Double::valueOf);

    private final Class<R> type;
    private final R unset;
    private final Function<String, R> decoder;

    private MemberKind(Class<R> type, R unset, Function<String, R> decoder) {
        this.type = type;
        this.unset = unset;
        this.decoder = decoder;
    }

    /** @return the member's boxed type */
    public Class<R> type() {
        return type;
    }

    /**
     * @param value a member's value as read
     * @return whether it is the "left out" value ({@link Double#equals} treats every {@code NaN} alike)
     */
    public boolean isUnset(Object value) {
        return Objects.equals(unset, value);
    }

    /**
     * @param text a value as {@link MemberValues#encode()} wrote it
     * @return the value
     */
    R decode(String text) {
        return decoder.apply(text);
    }
}
