package dev.breaker.deployment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bean class, as either extension sees it.
 *
 * @param name its binary name
 * @param isFinal whether it is final
 * @param breaker the {@code @Breaker} on the class or inherited from a superclass, if any
 * @param breakerDeclaredOn the binary name of the class that declares that {@code @Breaker}
 * @param methods its methods and those of its superclasses up to {@code Object} (not those of
 *     interfaces, which CDI never inherits interceptor bindings from), the class's own
 *     first, then each superclass's in turn, so that an override comes before what it overrides
 */
public record ClassView(String name, boolean isFinal, Optional<BreakerAnnotation> breaker, String breakerDeclaredOn,
        List<MethodView> methods) {

    /** Copies the methods. */
    public ClassView {
        Objects.requireNonNull(name, "name");
        methods = List.copyOf(methods);
    }

    /** @return where the type-level {@code @Breaker} is, for messages */
    public String breakerPlace() {
        return "class " + breakerDeclaredOn;
    }

    /** @return whether the class or any of its methods carries {@code @Breaker} */
    public boolean mentionsBreaker() {
        return breaker.isPresent() || methods.stream().anyMatch(method -> method.breaker().isPresent());
    }
}
