package dev.breaker.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members of one annotation ({@code @Breaker}, {@code @RetryWithBackoff}) as written, whichever
 * container read them: only those given, each a boxed number or, for a list of throwable types, their
 * binary names (in CDI Lite they are read at build time, before classes are loaded). A member left out
 * is simply absent. Immutable; equal when the same members are given the same values.
 *
 * @param given member name to value, in the order the family lists its members
 */
public record MemberValues(Map<String, Object> given) {
    /** A declaration that leaves every member out. */
    public static final MemberValues NONE = new MemberValues(Map.of());

    /**
     * Copies the map, keeping its order.
     *
     * @param given member name to value, in the order the family lists its members
     */
    public MemberValues {
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /**
     * @param annotation an annotation read by reflection
     * @param family the family whose members it has
     * @return its members that are given
     */
    public static MemberValues read(Annotation annotation, KeyFamily family) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (MemberForm<?, ?> member : family.members()) {
            Object value = invoke(annotation, member.name());
            if (!member.kind().isUnset(value)) {
                given.put(member.name(), value);
            }
        }
        for (String member : family.typeMembers()) {
            List<String> names = Stream.of((Class<?>[]) invoke(annotation, member)).map(Class::getName).toList();
            if (!names.isEmpty()) {
                given.put(member, names);
            }
        }
        return new MemberValues(given);
    }

    private static Object invoke(Annotation annotation, String member) {
        try {
            return annotation.annotationType().getMethod(member).invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read " + annotation.annotationType().getSimpleName() + "(" + member + ")",
                    unreadable);
        }
    }

    /**
     * @param member a numeric member
     * @param <R> its type
     * @return its value, when given
     */
    public <R> Optional<R> get(MemberForm<R, ?> member) {
        return Optional.ofNullable(member.kind().type().cast(given.get(member.name())));
    }

    /**
     * @param member a member that lists throwable types, such as {@code failOn}
     * @return the binary names listed; empty when left out
     */
    @SuppressWarnings("unchecked") // only read() and decode() put lists, and only of names
    public List<String> types(String member) {
        Object names = given.get(member);
        return names == null ? List.of() : (List<String>) names;
    }

    /**
     * Merges declarations of one breaker: each member takes the value of this one when given, else
     * the other's. (DeploymentModel that give different values are a deployment error.)
     *
     * @param other another declaration
     * @return the members given by either, this one's first
     */
    public MemberValues orElse(MemberValues other) {
        Map<String, Object> merged = new LinkedHashMap<>(other.given);
        merged.putAll(given);
        return new MemberValues(merged);
    }

    /** @return every member given, as {@code name=value}, for synthetic bean parameters ({@link #decode}) */
    public String[] encode() {
        List<String> entries = new ArrayList<>(given.size());
        given.forEach((member, value) -> entries.add(member + "="
                + (value instanceof List<?> names ? String.join(",", names.stream().map(String::valueOf).toList()) : value)));
        return entries.toArray(String[]::new);
    }

    /**
     * @param entries what {@link #encode} wrote
     * @param family the family whose members they are
     * @return the members
     */
    public static MemberValues decode(String[] entries, KeyFamily family) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String member = entry.substring(0, equals);
            String text = entry.substring(equals + 1);
            Optional<MemberForm<?, ?>> numeric = family.members().stream().filter(form -> form.name().equals(member)).findFirst();
            given.put(member, numeric.<Object>map(form -> form.kind().decode(text)).orElseGet(() -> List.of(text.split(","))));
        }
        return new MemberValues(given);
    }
}
