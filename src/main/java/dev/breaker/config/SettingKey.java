package dev.breaker.config;

import java.util.Optional;

/**
 * One configuration key, typed: its name, its built-in default, how configuration writes it (parser,
 * allowed range and the words for them) and, where an annotation member sets it too, how that member
 * writes it. Read as {@code <prefix><name>.<key>} for one breaker or method, and as
 * {@code <prefix><key>} for the default of all of them. Declared once, in a catalogue
 * ({@link BreakerKeys}, {@link RetryKeys}, {@link FallbackKeys}); adding a setting is one entry there.
 *
 * @param <T> the setting's type
 */
public final class SettingKey<T> {
    private final KeyFamily family;
    private final String key;
    private final T builtIn;
    private final TextForm<T> text;
    private final MemberForm<?, T> member;

    SettingKey(KeyFamily family, String key, T builtIn, TextForm<T> text, MemberForm<?, T> member) {
        this.family = family;
        this.key = key;
        this.builtIn = builtIn;
        this.text = text;
        this.member = member;
    }

    /** @return the key's last part, such as {@code failure-threshold} */
    public String key() {
        return key;
    }

    /** @return the family the key belongs to */
    public KeyFamily family() {
        return family;
    }

    /** @return the value when nothing sets it */
    public T builtIn() {
        return builtIn;
    }

    /** @return what the key allows, in words, for error messages */
    public String allowed() {
        return text.allowed();
    }

    /**
     * @param configured a configured value
     * @return the value it writes, when the key allows it; empty otherwise
     */
    public Optional<T> parse(String configured) {
        return text.parse(configured);
    }

    /** @return the annotation member that sets it too; empty when only configuration does */
    public Optional<MemberForm<?, T>> member() {
        return Optional.ofNullable(member);
    }

    /**
     * @param values what one annotation gives
     * @return the value its member gives, when given and allowed (one not allowed is a deployment
     *     problem that {@link MemberRules} reports)
     */
    public Optional<T> declared(MemberValues values) {
        return member == null ? Optional.empty() : declared(member, values);
    }

    private static <R, T> Optional<T> declared(MemberForm<R, T> form, MemberValues values) {
        return values.get(form).filter(form.allows()).map(form.toValue());
    }

    /**
     * @param name a breaker's name, or a method's {@code <fully.qualified.Class>.<method>}
     * @return the key for that one alone, such as {@code breaker.exchange-api.failure-threshold}
     */
    public String forName(String name) {
        return family.prefix() + name + "." + key;
    }

    /** @return the key of the default for all of them, such as {@code breaker.failure-threshold} */
    public String forEvery() {
        return family.prefix() + key;
    }

    @Override
    public String toString() {
        return forEvery();
    }
}
