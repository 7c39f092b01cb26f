package dev.breaker.deployment;

import dev.breaker.config.MemberValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bean class, as either extension (or, at run time, reflection) sees it.
 *
 * @param name its binary name
 * @param isFinal whether it is final
 * @param breaker the {@code @Breaker} on the class or inherited from a superclass, if any
 * @param breakerDeclaredOn the binary name of the class that declares that {@code @Breaker}
 * @param retry the {@code @RetryWithBackoff} on the class or inherited from a superclass, if any
 * @param retryDeclaredOn the binary name of the class that declares that {@code @RetryWithBackoff}
 * @param methods its methods and those of its superclasses up to {@code Object} (not those of
 *     interfaces, which CDI never inherits interceptor bindings from), the class's own first, then each
 *     superclass's in turn, so that an override comes before what it overrides
 */
public record ClassView(String name, boolean isFinal, Optional<BreakerAnnotation> breaker, String breakerDeclaredOn,
        Optional<MemberValues> retry, String retryDeclaredOn, List<MethodView> methods) {

    /**
     * Copies the methods.
     *
     * @param name its binary name
     * @param isFinal whether it is final
     * @param breaker the {@code @Breaker} on the class or inherited from a superclass, if any
     * @param breakerDeclaredOn the binary name of the class that declares that {@code @Breaker}
     * @param retry the {@code @RetryWithBackoff} on the class or inherited from a superclass, if any
     * @param retryDeclaredOn the binary name of the class that declares that {@code @RetryWithBackoff}
     * @param methods its methods and those of its superclasses up to {@code Object} (not those of
     *     interfaces, which CDI never inherits interceptor bindings from), the class's own first, then each
     *     superclass's in turn, so that an override comes before what it overrides
     */
    public ClassView {
        Objects.requireNonNull(name, "name");
        methods = List.copyOf(methods);
    }

    /** @return where the type-level {@code @Breaker} is, for messages */
    public String breakerPlace() {
        return "class " + breakerDeclaredOn;
    }

    /** @return where the type-level {@code @RetryWithBackoff} is, for messages */
    public String retryPlace() {
        return "class " + retryDeclaredOn;
    }

    /**
     * @param binding one of the library's annotations
     * @return whether the class or any of its methods carries it
     */
    public boolean mentions(Binding binding) {
        boolean onType = switch (binding) {
            case BREAKER -> breaker.isPresent();
            case RETRY -> retry.isPresent();
            case FALLBACK -> false;
        };
        return onType || methods.stream().anyMatch(method -> method.carries(binding));
    }

    /** @return whether the class or any of its methods carries {@code @RetryWithBackoff} or {@code @WithFallback} */
    public boolean mentionsCompanions() {
        return mentions(Binding.RETRY) || mentions(Binding.FALLBACK);
    }
}
