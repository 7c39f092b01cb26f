package dev.breaker.deployment;

import dev.breaker.config.RetryValues;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One method of a bean class, as either extension (or, at run time, reflection) sees it: what the
 * checks of {@code @RetryWithBackoff} and {@code @WithFallback} need to know.
 *
 * @param declaringClass the binary name of the class that declares it
 * @param name the method's name
 * @param parameters its parameter types
 * @param returnType its return type
 * @param modifiers its modifiers, as {@link Modifier} reads them
 * @param compilerGenerated whether it is a bridge or other synthetic method, which no one annotates or
 *     names as a fallback
 * @param retry its own {@code @RetryWithBackoff}, if it has one
 * @param fallback its {@code @WithFallback}, if it has one
 */
public record CompanionMethodView(String declaringClass, String name, List<TypeView> parameters, TypeView returnType,
        int modifiers, boolean compilerGenerated, Optional<RetryValues> retry, Optional<FallbackAnnotation> fallback) {

    /** Copies the parameters. */
    public CompanionMethodView {
        parameters = List.copyOf(parameters);
    }

    /** @return where the method is, for messages: {@code com.acme.Client.quote(String)} */
    public String place() {
        return declaringClass + "." + name + "(" + simpleNames(parameters) + ")";
    }

    /** @return the name of its retry and fallback settings: {@code <fully.qualified.Class>.<method>} */
    public String settingsName() {
        return declaringClass + "." + name;
    }

    /** @return the name and erased parameter types, which a method of a subclass overrides */
    public String signature() {
        return name + parameters.stream().map(TypeView::name).collect(Collectors.joining(",", "(", ")"));
    }

    /** @return what tells it apart from every other method of the class and its superclasses */
    public String key() {
        return declaringClass + "#" + signature();
    }

    /** @return whether it carries either annotation */
    public boolean mentionsCompanions() {
        return retry.isPresent() || fallback.isPresent();
    }

    static String simpleNames(List<TypeView> types) {
        return types.stream().map(TypeView::simpleName).collect(Collectors.joining(", "));
    }

    boolean isPrivate() {
        return Modifier.isPrivate(modifiers);
    }

    boolean isStatic() {
        return Modifier.isStatic(modifiers);
    }

    boolean isFinal() {
        return Modifier.isFinal(modifiers);
    }
}
