package dev.breaker.deployment;

import dev.breaker.config.RetryValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bean class, as either extension (or, at run time, reflection) sees it, for the checks of
 * {@code @RetryWithBackoff} and {@code @WithFallback}.
 *
 * @param name its binary name
 * @param isFinal whether it is final
 * @param retry the {@code @RetryWithBackoff} on the class or inherited from a superclass, if any
 * @param retryDeclaredOn the binary name of the class that declares that annotation
 * @param methods its methods and those of its superclasses up to {@code Object} (not those of
 *     interfaces), the class's own first, then each superclass's in turn, so that an override comes
 *     before what it overrides
 */
public record CompanionClassView(String name, boolean isFinal, Optional<RetryValues> retry, String retryDeclaredOn,
        List<CompanionMethodView> methods) {

    /** Copies the methods. */
    public CompanionClassView {
        Objects.requireNonNull(name, "name");
        methods = List.copyOf(methods);
    }

    /** @return where the type-level {@code @RetryWithBackoff} is, for messages */
    public String retryPlace() {
        return "class " + retryDeclaredOn;
    }

    /** @return whether the class or any of its methods carries either annotation */
    public boolean mentionsCompanions() {
        return retry.isPresent() || methods.stream().anyMatch(CompanionMethodView::mentionsCompanions);
    }
}
