package dev.breaker.deployment;

import dev.breaker.Breaker;
import dev.breaker.config.DeclaredValues;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/** Builds views by hand, as an extension would, for the framework-neutral tests. */
final class Views {
    static final BreakerAnnotation UNNAMED = new BreakerAnnotation("", DeclaredValues.NONE);

    private Views() {
    }

    static BreakerAnnotation named(String name) {
        return new BreakerAnnotation(name, DeclaredValues.NONE);
    }

    static BreakerAnnotation threshold(String name, int failureThreshold) {
        return new BreakerAnnotation(name, new DeclaredValues(failureThreshold, Breaker.UNSET, Breaker.UNSET,
                List.of(), List.of()));
    }

    static MethodView method(String owner, String name, int modifiers, BreakerAnnotation breaker, String... parameters) {
        return new MethodView(owner, name, List.of(parameters), modifiers, false, Optional.ofNullable(breaker));
    }

    static MethodView plain(String owner, String name, String... parameters) {
        return method(owner, name, Modifier.PUBLIC, null, parameters);
    }

    static ClassView type(String name, BreakerAnnotation typeLevel, MethodView... methods) {
        return new ClassView(name, false, Optional.ofNullable(typeLevel), name, List.of(methods));
    }
}
