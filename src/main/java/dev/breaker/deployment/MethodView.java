package dev.breaker.deployment;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * One method of a bean class, as either extension sees it: what the deployment checks need to know,
 * and nothing of the container's own model.
 *
 * @param declaringClass the binary name of the class that declares it
 * @param name the method's name
 * @param parameterTypes the simple names of its erased parameter types, for messages
 * @param modifiers its modifiers, as {@link Modifier} reads them
 * @param compilerGenerated whether it is a bridge or other synthetic method, which no one annotates
 * @param breaker its own {@code @Breaker}, if it has one
 */
public record MethodView(String declaringClass, String name, List<String> parameterTypes, int modifiers,
        boolean compilerGenerated, Optional<BreakerAnnotation> breaker) {

    /** Copies the parameter types. */
    public MethodView {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** @return where the method is, for messages: {@code com.acme.Client.ticker(String)} */
    public String place() {
        return declaringClass + "." + name + "(" + String.join(", ", parameterTypes) + ")";
    }

    /** @return the name a breaker gets when its {@code @Breaker} leaves the name out */
    public String defaultBreakerName() {
        return declaringClass + "." + name;
    }

    /** @return the name and parameter types, which a method of a subclass overrides */
    String signature() {
        return name + parameterTypes;
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
