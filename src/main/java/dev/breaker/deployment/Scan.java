package dev.breaker.deployment;

import java.util.List;
import java.util.Set;

/**
 * What {@link DeclarationScanner} found in one class.
 *
 * @param declarations the breakers it declares, one per covered method
 * @param problems a message for each {@code @Breaker} that would silently not apply
 * @param unusableMethods methods whose own {@code @Breaker} cannot apply; the extensions remove that
 *     annotation from the container's model, so that the container reports the library's message
 *     instead of its own (the deployment fails either way)
 * @param typeUnusable whether the class's own {@code @Breaker} cannot apply, likewise
 */
public record Scan(List<Declaration> declarations, List<String> problems, Set<MethodView> unusableMethods,
        boolean typeUnusable) {

    /** Copies the collections. */
    public Scan {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
        unusableMethods = Set.copyOf(unusableMethods);
    }

    /** @return whether the container's model must be changed before it reads the class */
    public boolean needsDisarming() {
        return typeUnusable || !unusableMethods.isEmpty();
    }
}
