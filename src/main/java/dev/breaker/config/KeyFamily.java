package dev.breaker.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The configuration keys of one of the library's annotations: breakers ({@code breaker.}), retries
 * ({@code retry.}) or fallbacks ({@code fallback.}). It knows its prefix, its messages for a value not
 * allowed, the annotation members that list throwable types, and every key declared through it, so that
 * one precedence rule ({@link Precedence}) and one member check ({@link MemberRules}) serve all three.
 * Each family is declared in its catalogue class ({@link BreakerKeys}, {@link RetryKeys},
 * {@link FallbackKeys}), and its keys after it, so they are all registered when the class is ready.
 *
 * <p>One more family, {@link ApplicationKeys}, holds the application-wide keys: {@code <prefix><key>}
 * alone, one value for the whole application, with no per-name form and no annotation member. Each of
 * its keys names its own message for a value not allowed, since each belongs to another capability.
 */
public final class KeyFamily {
    private final boolean applicationWide;
    private final String prefix;
    private final Message invalidOwn;
    private final Message invalidDefault;
    private final MemberMessage invalidMember;
    private final List<String> typeMembers;
    private final List<SettingKey<?>> keys = new ArrayList<>();

    /**
     * Writes the message for an annotation member that is not allowed.
     */
    @FunctionalInterface
    interface MemberMessage {
        String format(String owner, String member, Object value, String place, String allowed);
    }

    KeyFamily(String prefix, Message invalidOwn, Message invalidDefault, MemberMessage invalidMember,
            String... typeMembers) {
        this(false, prefix, invalidOwn, invalidDefault, invalidMember, typeMembers);
    }

    private KeyFamily(boolean applicationWide, String prefix, Message invalidOwn, Message invalidDefault,
            MemberMessage invalidMember, String... typeMembers) {
        this.applicationWide = applicationWide;
        this.prefix = prefix;
        this.invalidOwn = invalidOwn;
        this.invalidDefault = invalidDefault;
        this.invalidMember = invalidMember;
        this.typeMembers = List.of(typeMembers);
    }

    /**
     * @param prefix what every key starts with, such as {@code breaker.}
     * @return a family of application-wide keys: {@code <prefix><key>} only
     */
    static KeyFamily applicationWide(String prefix) {
        return new KeyFamily(true, prefix, null, null, null);
    }

    /** Declares a key that only configuration sets. */
    <T> SettingKey<T> key(String key, T builtIn, TextForm<T> text) {
        requirePerName();
        return add(new SettingKey<>(this, key, builtIn, text, null, null));
    }

    /** Declares a key that an annotation member sets too. */
    <T> SettingKey<T> key(String key, T builtIn, TextForm<T> text, MemberForm<?, T> member) {
        requirePerName();
        return add(new SettingKey<>(this, key, builtIn, text, member, null));
    }

    /** Declares an application-wide key, with the message for a value it does not allow. */
    <T> SettingKey<T> applicationKey(String key, T builtIn, TextForm<T> text, Message invalid) {
        if (!applicationWide) {
            throw new IllegalStateException(prefix + key + ": only an application-wide family declares application-wide keys");
        }
        return add(new SettingKey<>(this, key, builtIn, text, null, invalid));
    }

    private void requirePerName() {
        if (applicationWide) {
            throw new IllegalStateException("an application-wide family has no <name>.<key> form");
        }
    }

    private <T> SettingKey<T> add(SettingKey<T> key) {
        keys.add(key);
        return key;
    }

    /** @return whether its keys are application-wide: {@code <prefix><key>} only, one value for the application */
    public boolean isApplicationWide() {
        return applicationWide;
    }

    /** @return what every key of the family starts with, such as {@code breaker.} */
    public String prefix() {
        return prefix;
    }

    /** @return every key, in the order declared */
    public List<SettingKey<?>> keys() {
        return Collections.unmodifiableList(keys);
    }

    /** @return the numeric annotation members that set a key, in the order declared */
    public List<MemberForm<?, ?>> members() {
        return keys.stream().map(SettingKey::member).flatMap(Optional::stream).<MemberForm<?, ?>>map(form -> form).toList();
    }

    /** @return the annotation members that list throwable types, such as {@code failOn} */
    public List<String> typeMembers() {
        return typeMembers;
    }

    String invalidOwn(String name, String key, String value, String allowed) {
        return invalidOwn.format(name, key, value, allowed);
    }

    String invalidDefault(String key, String value, String allowed) {
        return invalidDefault.format(key, value, allowed);
    }

    String invalidMember(String owner, String member, Object value, String place, String allowed) {
        return invalidMember.format(owner, member, value, place, allowed);
    }
}
