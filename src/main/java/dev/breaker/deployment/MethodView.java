package dev.breaker.deployment;

import dev.breaker.config.MemberValues;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One method of a bean class, as either extension (or, at run time, reflection) sees it: what the
 * deployment checks need to know, and nothing of the container's own model.
 *
 * @param declaringClass the binary name of the class that declares it
 * @param name the method's name
 * @param parameters its parameter types
 * @param returnType its return type
 * @param modifiers its modifiers, as {@link Modifier} reads them
 * @param compilerGenerated whether it is a bridge or other synthetic method, which no one annotates or
 *     names as a fallback
 * @param breaker its own {@code @Breaker}, if it has one
 * @param retry its own {@code @RetryWithBackoff}, if it has one
 * @param fallback its {@code @WithFallback}, if it has one
 */
public record MethodView(String declaringClass, String name, List<TypeView> parameters, TypeView returnType,
        int modifiers, boolean compilerGenerated, Optional<BreakerAnnotation> breaker, Optional<MemberValues> retry,
        Optional<FallbackAnnotation> fallback) {

    /**
     * Copies the parameters.
     *
     * @param declaringClass the binary name of the class that declares it
     * @param name the method's name
     * @param parameters its parameter types
     * @param returnType its return type
     * @param modifiers its modifiers, as {@link Modifier} reads them
     * @param compilerGenerated whether it is a bridge or other synthetic method, which no one annotates or
     *     names as a fallback
     * @param breaker its own {@code @Breaker}, if it has one
     * @param retry its own {@code @RetryWithBackoff}, if it has one
     * @param fallback its {@code @WithFallback}, if it has one
     */
    public MethodView {
        parameters = List.copyOf(parameters);
    }

    /** @return where the method is, for messages: {@code com.acme.Client.quote(String)} */
    public String place() {
        return declaringClass + "." + name + "(" + simpleNames(parameters) + ")";
    }

    /**
     * @return {@code <fully.qualified.Class>.<method>}: the name of its breaker when {@code @Breaker}
     *     leaves the name out, and the name of its retry and fallback settings
     */
    public String defaultName() {
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

    /**
     * @param binding one of the library's annotations
     * @return whether the method carries it
     */
    public boolean carries(Binding binding) {
        return switch (binding) {
            case BREAKER -> breaker.isPresent();
            case RETRY -> retry.isPresent();
            case FALLBACK -> fallback.isPresent();
        };
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

    boolean isAbstract() {
        return Modifier.isAbstract(modifiers);
    }
}
