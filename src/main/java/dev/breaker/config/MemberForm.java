package dev.breaker.config;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How an annotation member writes a setting: its name, its Java type, what it allows (in words too),
 * and how its value becomes the setting's. A member may write a setting in another unit than
 * configuration does ({@code timeoutSeconds} against the {@code timeout} duration).
 *
 * @param name the member's name, such as {@code failureThreshold}
 * @param kind its Java type and "left out" value
 * @param allows whether a value given is allowed
 * @param allowed what it allows, in words; {@code {key}} stands for the owner's own configuration key
 * @param toValue turns an allowed value into the setting's
 * @param <R> the member's type
 * @param <T> the setting's type
 */
public record MemberForm<R, T>(String name, MemberKind<R> kind, Predicate<R> allows, String allowed,
        Function<R, T> toValue) {

    /**
     * A member in the setting's own type and unit, judged by the setting's rule.
     *
     * @param name the member's name
     * @param kind its Java type
     * @param rule what the setting allows
     * @param <V> the member's and the setting's type
     * @return the form
     */
    public static <V> MemberForm<V, V> same(String name, MemberKind<V> kind, dev.breaker.core.ValueRule<V> rule) {
        return new MemberForm<>(name, kind, rule::allows, rule.allowed(), Function.identity());
    }
}
