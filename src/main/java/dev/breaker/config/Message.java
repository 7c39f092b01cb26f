package dev.breaker.config;

import java.util.Locale;

/**
 * Every message the library reports at deployment or start-up, with a stable id that stays the same
 * from release to release (search for it; tests assert it). Each message names the breaker, the key
 * or member, the value given and what is allowed, or the places that disagree.
 */
public enum Message {
    /** A {@code breaker.<name>.<key>} property with a value its key does not allow. */
    INVALID_PROPERTY("BRK-101", "Circuit breaker '%s': %s = \"%s\" is not allowed: it must be %s"),
    /** A {@code breaker.<key>} property (the default of every breaker) with a value it does not allow. */
    INVALID_DEFAULT_PROPERTY("BRK-102",
            "Every circuit breaker: %s = \"%s\" (the default of every breaker) is not allowed: it must be %s"),
    /** A {@code @Breaker} member with a value below its minimum. */
    INVALID_MEMBER("BRK-103", "Circuit breaker '%s': @Breaker(%s = %s) at %s is not allowed: it must be %s"),
    /** {@code @Breaker(name = " ")}. */
    BLANK_NAME("BRK-104", "@Breaker(name = \"%s\") at %s is not allowed: a breaker name must not be blank;"
            + " leave the name out for the default <class>.<method>, or give one such as \"exchange-api\""),
    /** A {@code failOn} or {@code skipOn} type that cannot be loaded at start-up. */
    UNLOADABLE_TYPE("BRK-105", "Circuit breaker '%s': @Breaker(%s) lists %s, which cannot be loaded: %s"),
    /** Two declarations of one breaker that give different values for one member. */
    CONFLICTING_MEMBER("BRK-201", "Circuit breaker '%s': %s is %s at %s but %s at %s;"
            + " every declaration of one breaker must give the same value, or leave the member out"),
    /** Two breaker names that fold to the same environment variable. */
    FOLDED_NAMES("BRK-202", "Circuit breakers '%s' (at %s) and '%s' (at %s) read the same environment variables,"
            + " BREAKER_%s_*: MicroProfile Config turns every character other than a letter or digit into _"
            + " and ignores case. Rename one of them"),
    /** {@code @Breaker} on a private or static method. */
    UNINTERCEPTED_METHOD("BRK-301", "Circuit breaker '%s': @Breaker on %s is not allowed: the method is %s,"
            + " and a CDI container does not intercept %s methods, so the breaker would never run"),
    /** A final method that a type-level {@code @Breaker} covers. */
    FINAL_METHOD_UNDER_TYPE("BRK-302", "Circuit breaker '%s': @Breaker on %s covers %s, which is final:"
            + " a CDI container cannot intercept a final method, so the breaker would never run there;"
            + " remove final, or annotate the other methods one by one"),
    /** {@code @Breaker} in a final class. */
    FINAL_CLASS("BRK-303", "Circuit breakers %s: @Breaker in %s is not allowed: the class is final, and a CDI"
            + " container cannot intercept a final class, so no breaker would run; remove final"),
    /** {@code @Breaker} in a class whose instances a producer returns. */
    PRODUCED("BRK-304", "Circuit breakers %s: @Breaker in %s would never run for the instances that %s produces:"
            + " a CDI container does not intercept the objects a producer returns; make the class a bean of its"
            + " own, or call through CircuitBreakerRegistry"),
    /** Problems found when the breakers are created at start-up. */
    STARTUP_FAILED("BRK-401", "The circuit breakers of this application cannot start:%s");

    private final String id;
    private final String template;

    Message(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** @return the stable id, such as {@code BRK-101} */
    public String id() {
        return id;
    }

    /**
     * @param arguments the values the message names, in order
     * @return the message, starting with its id
     */
    public String format(Object... arguments) {
        return id + " " + String.format(Locale.ROOT, template, arguments);
    }
}
