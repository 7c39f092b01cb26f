package dev.breaker.deployment;

import dev.breaker.config.BreakerNames;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.DeclaredValues;
import dev.breaker.config.FallbackResolver;
import dev.breaker.config.MemberRules;
import dev.breaker.config.Message;
import dev.breaker.config.RetryMemberRules;
import dev.breaker.config.RetryResolver;
import dev.breaker.config.SettingsResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The checks across the whole deployment, the same for both extensions: each annotation's members,
 * declarations of one breaker that disagree, breaker names that fold to one environment variable, and
 * every configured value, defaults included. Messages come in an order that does not depend on the
 * order the container found the beans in.
 */
public final class DeploymentValidator {
    /** Containers find beans in no fixed order (some on several threads): messages must not depend on it. */
    private static final Comparator<Declaration> STABLE =
            Comparator.comparing(Declaration::breakerName).thenComparing(Declaration::place);
    private static final Comparator<RetryDeclaration> STABLE_RETRIES = Comparator.comparing(RetryDeclaration::name)
            .thenComparing(RetryDeclaration::place).thenComparing(retry -> retry.values().toString());

    private DeploymentValidator() {
    }

    /**
     * @param declared everything found
     * @param config the application's configuration
     * @return a message for each problem, each once: the breakers', then the retries' and fallbacks'
     */
    public static List<String> validate(Declarations declared, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>(validate(declared.breakers(), config));
        problems.addAll(validateCompanions(declared, config));
        return List.copyOf(problems);
    }

    /**
     * @param declared every breaker declaration found
     * @param config the application's configuration
     * @return a message for each problem, each once, in an order that does not depend on the order
     *     the container found the beans in; empty when all is well
     */
    public static List<String> validate(DeclaredBreakers declared, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>();
        List<Declaration> distinct = new ArrayList<>(new LinkedHashSet<>(declared.declarations()));
        distinct.sort(STABLE);
        for (Declaration declaration : distinct) {
            problems.addAll(MemberRules.problems(declaration.breakerName(), declaration.place(), declaration.values()));
        }
        for (String name : new TreeSet<>(declared.names())) {
            problems.addAll(conflicts(name, distinctPlaces(declared.declarationsOf(name))));
        }
        problems.addAll(foldedNames(distinct));
        SettingsResolver resolver = new SettingsResolver(config);
        problems.addAll(resolver.checkDefaults());
        for (String name : new TreeSet<>(declared.names())) {
            problems.addAll(resolver.resolve(name, declared.valuesOf(name)).problems());
        }
        return List.copyOf(problems);
    }

    /**
     * The checks of every {@code @RetryWithBackoff} and {@code @WithFallback} setting: each annotation's
     * members, each configured value, and the defaults for every method. At start-up too, against the
     * configuration of that moment.
     *
     * @param declared everything found
     * @param config the application's configuration
     * @return a message for each problem, each once; empty when all is well
     */
    public static List<String> validateCompanions(Declarations declared, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>();
        Set<RetryDeclaration> retries = new TreeSet<>(STABLE_RETRIES);
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

    private static List<Declaration> distinctPlaces(List<Declaration> declarations) {
        Map<String, Declaration> byPlace = new TreeMap<>();
        declarations.forEach(declaration -> byPlace.putIfAbsent(declaration.place(), declaration));
        return new ArrayList<>(byPlace.values());
    }

    private static List<String> conflicts(String name, List<Declaration> declarations) {
        List<String> problems = new ArrayList<>(0);
        compare(name, "failureThreshold", declarations, values -> values.hasFailureThreshold()
                ? values.failureThreshold() : null, problems);
        compare(name, "timeoutSeconds", declarations, values -> values.hasTimeoutSeconds()
                ? values.timeoutSeconds() : null, problems);
        compare(name, "halfOpenMaxCalls", declarations, values -> values.hasHalfOpenMaxCalls()
                ? values.halfOpenMaxCalls() : null, problems);
        compare(name, "failOn", declarations, values -> typesOf(values.failOn()), problems);
        compare(name, "skipOn", declarations, values -> typesOf(values.skipOn()), problems);
        return problems;
    }

    /** A member left out ({@code null} here) conflicts with nothing. */
    private static void compare(String name, String member, List<Declaration> declarations,
            Function<DeclaredValues, Object> valueOf, List<String> problems) {
        Declaration first = null;
        for (Declaration declaration : declarations) {
            Object value = valueOf.apply(declaration.values());
            if (value == null) {
                continue;
            }
            if (first == null) {
                first = declaration;
            } else if (!Objects.equals(valueOf.apply(first.values()), value)) {
                problems.add(Message.CONFLICTING_MEMBER.format(name, member, render(valueOf.apply(first.values())),
                        first.place(), render(value), declaration.place()));
            }
        }
    }

    /** Types are compared as sets: the order they are listed in means nothing. */
    private static Set<String> typesOf(List<String> types) {
        return types.isEmpty() ? null : Set.copyOf(new HashSet<>(types));
    }

    private static String render(Object value) {
        if (value instanceof Set<?> types) {
            return "{" + String.join(", ", types.stream().map(String::valueOf).sorted().toList()) + "}";
        }
        return String.valueOf(value);
    }

    private static List<String> foldedNames(List<Declaration> declarations) {
        List<String> problems = new ArrayList<>(0);
        Map<String, Declaration> firstByForm = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (Declaration declaration : declarations) {
            String form = BreakerNames.environmentForm(declaration.breakerName());
            Declaration first = firstByForm.putIfAbsent(form, declaration);
            if (first != null && !first.breakerName().equals(declaration.breakerName())
                    && reported.add(declaration.breakerName())) {
                problems.add(Message.FOLDED_NAMES.format(first.breakerName(), first.place(),
                        declaration.breakerName(), declaration.place(), form));
            }
        }
        return problems;
    }
}
