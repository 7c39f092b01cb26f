package dev.breaker.deployment;

import dev.breaker.Breaker;
import dev.breaker.config.DeclaredValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every breaker the deployment declares, with the declarations of each. This is what an extension
 * hands to run time (in CDI Lite, as synthetic bean parameters): the registry creates each breaker
 * from it at start-up. Immutable.
 */
public final class DeclaredBreakers {
    private final List<Declaration> declarations;
    private final Map<String, List<Declaration>> byName;

    private DeclaredBreakers(List<Declaration> declarations) {
        this.declarations = List.copyOf(declarations);
        Map<String, List<Declaration>> grouped = new LinkedHashMap<>();
        for (Declaration declaration : this.declarations) {
            grouped.computeIfAbsent(declaration.breakerName(), name -> new ArrayList<>()).add(declaration);
        }
        grouped.replaceAll((name, list) -> List.copyOf(list));
        this.byName = grouped;
    }

    /**
     * @param declarations every declaration found, in the order found
     * @return them, grouped by breaker
     */
    public static DeclaredBreakers of(Collection<Declaration> declarations) {
        return new DeclaredBreakers(new ArrayList<>(declarations));
    }

    /** @return every declaration, in the order found */
    public List<Declaration> declarations() {
        return declarations;
    }

    /** @return the names of the breakers declared, in the order first found */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * @param name a breaker name
     * @return the declarations of that breaker; empty when it is not declared
     */
    public List<Declaration> declarationsOf(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * Merges the declarations of one breaker: each member takes the value of the first declaration
     * that gives it. (Declarations that give different values are a deployment error.)
     *
     * @param name a breaker name
     * @return the merged members; {@link DeclaredValues#NONE} when it is not declared
     */
    public DeclaredValues valuesOf(String name) {
        int failureThreshold = Breaker.UNSET;
        long timeoutSeconds = Breaker.UNSET;
        int halfOpenMaxCalls = Breaker.UNSET;
        List<String> failOn = List.of();
        List<String> skipOn = List.of();
        for (Declaration declaration : declarationsOf(name)) {
            DeclaredValues values = declaration.values();
            if (failureThreshold == Breaker.UNSET) {
                failureThreshold = values.failureThreshold();
            }
            if (timeoutSeconds == Breaker.UNSET) {
                timeoutSeconds = values.timeoutSeconds();
            }
            if (halfOpenMaxCalls == Breaker.UNSET) {
                halfOpenMaxCalls = values.halfOpenMaxCalls();
            }
            if (failOn.isEmpty()) {
                failOn = values.failOn();
            }
            if (skipOn.isEmpty()) {
                skipOn = values.skipOn();
            }
        }
        return new DeclaredValues(failureThreshold, timeoutSeconds, halfOpenMaxCalls, failOn, skipOn);
    }

    @Override
    public String toString() {
        return "DeclaredBreakers" + names();
    }
}
