package dev.breaker.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The configuration keys of one of the library's annotations: breakers ({@code breaker.}), retries
 * ({@code retry.}) or fallbacks ({@code fallback.}); or the keys of the whole application
 * ({@link ApplicationKeys}), which have no per-name form. It knows its prefix, its messages for a value not
 * allowed, the annotation members that list throwable types, and every key declared through it, so that
 * one precedence rule ({@link Precedence}) and one member check ({@link MemberRules}) serve all three.
 * Each family is declared in its catalogue class ({@link BreakerKeys}, {@link RetryKeys},
 * {@link FallbackKeys}), and its keys after it, so they are all registered when the class is ready.
 */
public final class KeyFamily {
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
        this.prefix = prefix;
        this.invalidOwn = invalidOwn;
        this.invalidDefault = invalidDefault;
        this.invalidMember = invalidMember;
        this.typeMembers = List.of(typeMembers);
    }

    /**
     * A family of keys read once for the whole application: {@code <prefix><key>} alone, with no form
     * for one breaker or method and no annotation member.
     *
     * @param prefix what every key of the family starts with
     * @param invalid the message for a value not allowed: key, value, what is allowed
     * @return the family
     */
    static KeyFamily ofApplication(String prefix, Message invalid) {
        return new KeyFamily(prefix, null, invalid, (owner, member, value, place, allowed) -> {
            throw new IllegalStateException("a key of the whole application has no annotation member");
        });
    }

    /** Declares a key that only configuration sets. */
    <T> SettingKey<T> key(String key, T builtIn, TextForm<T> text) {
        return add(new SettingKey<>(this, key, builtIn, text, null));
    }

    /** Declares a key that an annotation member sets too. */
    <T> SettingKey<T> key(String key, T builtIn, TextForm<T> text, MemberForm<?, T> member) {
        return add(new SettingKey<>(this, key, builtIn, text, member));
    }

    private <T> SettingKey<T> add(SettingKey<T> key) {
        keys.add(key);
        return key;
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
        if (invalidOwn == null) {
            throw new IllegalStateException(prefix + "<" + name + ">: a key of the whole application has no per-name form");
        }
        return invalidOwn.format(name, key, value, allowed);
    }

    String invalidDefault(String key, String value, String allowed) {
        return invalidDefault.format(key, value, allowed);
    }

    String invalidMember(String owner, String member, Object value, String place, String allowed) {
        return invalidMember.format(owner, member, value, place, allowed);
    }
}
