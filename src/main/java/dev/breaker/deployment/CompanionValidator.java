package dev.breaker.deployment;

import dev.breaker.config.ConfigLookup;
import dev.breaker.config.FallbackResolver;
import dev.breaker.config.RetryMemberRules;
import dev.breaker.config.RetryResolver;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of every {@code @RetryWithBackoff} and {@code @WithFallback} setting, the same for both
 * extensions and again at start-up: each annotation's members, each configured value, and the
 * defaults for every method. Messages come in an order that does not depend on the order the container
 * found the beans in.
 */
public final class CompanionValidator {
    private static final Comparator<RetryDeclaration> STABLE =
            Comparator.comparing(RetryDeclaration::name).thenComparing(RetryDeclaration::place);

    private CompanionValidator() {
    }

    /**
     * @param declared every declaration found
     * @param config the application's configuration
     * @return a message for each problem, each once; empty when all is well
     */
    public static List<String> validate(DeclaredCompanions declared, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>();
        Set<RetryDeclaration> retries = new TreeSet<>(STABLE.thenComparing(declaration -> declaration.values().toString()));
        retries.addAll(declared.retries());
        for (RetryDeclaration retry : retries) {
            problems.addAll(RetryMemberRules.problems(retry.place(), retry.values()));
        }
        RetryResolver retryResolver = new RetryResolver(config);
        problems.addAll(retryResolver.checkDefaults());
        for (RetryDeclaration retry : retries) {
            problems.addAll(retryResolver.resolve(retry.name(), retry.values()).problems());
        }
        FallbackResolver fallbackResolver = new FallbackResolver(config);
        problems.addAll(fallbackResolver.checkDefaults());
        Set<String> fallbackNames = new TreeSet<>();
        declared.fallbacks().forEach(fallback -> fallbackNames.add(fallback.name()));
        for (String name : fallbackNames) {
            problems.addAll(fallbackResolver.problems(name));
        }
        return List.copyOf(problems);
    }
}
