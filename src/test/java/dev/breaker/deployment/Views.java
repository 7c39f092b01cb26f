package dev.breaker.deployment;

import dev.breaker.Breaker;
import dev.breaker.config.MemberValues;
import dev.breaker.testing.Members;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Builds views by hand, as an extension would, for the framework-neutral tests. */
final class Views {
    static final BreakerAnnotation UNNAMED = new BreakerAnnotation("", MemberValues.NONE);
    private static final TypeView VOID = simple("void");

    private Views() {
    }

    static BreakerAnnotation named(String name) {
        return new BreakerAnnotation(name, MemberValues.NONE);
    }

    static BreakerAnnotation threshold(String name, int failureThreshold) {
        return new BreakerAnnotation(name, Members.breaker(failureThreshold, Breaker.UNSET, Breaker.UNSET,
                List.of(), List.of()));
    }

    static MethodView method(String owner, String name, int modifiers, BreakerAnnotation breaker, String... parameters) {
        return new MethodView(owner, name, Stream.of(parameters).map(Views::simple).toList(), VOID, modifiers, false,
                Optional.ofNullable(breaker), Optional.empty(), Optional.empty());
    }

    /** A bridge or other method the compiler wrote, with the annotations of the method it stands for. */
    static MethodView compilerGenerated(String owner, String name, BreakerAnnotation breaker, String... parameters) {
        return new MethodView(owner, name, Stream.of(parameters).map(Views::simple).toList(), VOID, Modifier.PUBLIC,
                true, Optional.ofNullable(breaker), Optional.empty(), Optional.empty());
    }

    static MethodView plain(String owner, String name, String... parameters) {
        return method(owner, name, Modifier.PUBLIC, null, parameters);
    }

    static ClassView type(String name, BreakerAnnotation typeLevel, MethodView... methods) {
        return new ClassView(name, false, Optional.ofNullable(typeLevel), name, Optional.empty(), name, List.of(methods));
    }

    static ClassView finalType(String name, MethodView... methods) {
        return new ClassView(name, true, Optional.empty(), name, Optional.empty(), name, List.of(methods));
    }

    /** A type known by its simple name alone, which is all the checks of {@code @Breaker} read. */
    private static TypeView simple(String simpleName) {
        return new TypeView(simpleName, simpleName, simpleName, simpleName, true, Set.of());
    }
}
