package dev.breaker.config;

import dev.breaker.Breaker;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The members of one {@code @Breaker} as written, whichever container read them. A member left out
 * keeps its "left out" value ({@link Breaker#UNSET}, or an empty list); throwable types are kept as
 * binary class names, because in CDI Lite they are read at build time, before classes are loaded.
 *
 * @param failureThreshold {@code failureThreshold}, or {@link Breaker#UNSET}
 * @param timeoutSeconds {@code timeoutSeconds}, or {@link Breaker#UNSET}
 * @param halfOpenMaxCalls {@code halfOpenMaxCalls}, or {@link Breaker#UNSET}
 * @param failOn the binary names of the {@code failOn} types; empty when left out
 * @param skipOn the binary names of the {@code skipOn} types; empty when left out
 */
public record DeclaredValues(int failureThreshold, long timeoutSeconds, int halfOpenMaxCalls,
        List<String> failOn, List<String> skipOn) {

    /** A declaration that leaves every member out. */
    public static final DeclaredValues NONE =
            new DeclaredValues(Breaker.UNSET, Breaker.UNSET, Breaker.UNSET, List.of(), List.of());

    /** Copies the lists. */
    public DeclaredValues {
        failOn = List.copyOf(failOn);
        skipOn = List.copyOf(skipOn);
    }

    /**
     * @param breaker an annotation read by reflection
     * @return its members
     */
    public static DeclaredValues of(Breaker breaker) {
        Objects.requireNonNull(breaker, "breaker");
        return new DeclaredValues(breaker.failureThreshold(), breaker.timeoutSeconds(), breaker.halfOpenMaxCalls(),
                namesOf(breaker.failOn()), namesOf(breaker.skipOn()));
    }

    /** Throwable types as binary names, as CDI Lite reads them before classes are loaded. */
    private static List<String> namesOf(Class<?>[] types) {
        return Stream.of(types).map(Class::getName).toList();
    }

    /** @return whether {@code failureThreshold} was given */
    public boolean hasFailureThreshold() {
        return failureThreshold != Breaker.UNSET;
    }

    /** @return whether {@code timeoutSeconds} was given */
    public boolean hasTimeoutSeconds() {
        return timeoutSeconds != Breaker.UNSET;
    }

    /** @return whether {@code halfOpenMaxCalls} was given */
    public boolean hasHalfOpenMaxCalls() {
        return halfOpenMaxCalls != Breaker.UNSET;
    }
}
