package dev.breaker.deployment;

import dev.breaker.config.ApplicationResolver;
import dev.breaker.config.BreakerKeys;
import dev.breaker.config.BreakerResolver;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.EnvironmentNames;
import dev.breaker.config.FallbackResolver;
import dev.breaker.config.MemberRules;
import dev.breaker.config.Message;
import dev.breaker.config.RetryKeys;
import dev.breaker.config.RetryResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks across the whole deployment, the same for both extensions: each annotation's members,
 * declarations of one breaker that disagree, breaker names that fold to one environment variable, and
 * every configured value, defaults and the settings of the whole application ({@code breaker.metrics},
 * {@code breaker.retry-executor}) included. Messages come in an order that does not depend on the order
 * the container found the beans in.
 */
public final class DeploymentValidator {
    /** Containers find beans in no fixed order (some on several threads): messages must not depend on it. */
    private static final Comparator<BreakerDeclaration> STABLE =
            Comparator.comparing(BreakerDeclaration::breakerName).thenComparing(BreakerDeclaration::place);
    private static final Comparator<RetryDeclaration> STABLE_RETRIES = Comparator.comparing(RetryDeclaration::name)
            .thenComparing(RetryDeclaration::place).thenComparing(retry -> retry.members().toString());

    private DeploymentValidator() {
    }

    /**
     * @param model everything found
     * @param config the application's configuration
     * @return a message for each problem, each once: the breakers', then the retries' and fallbacks', then
     *     the settings of the whole application's
     */
    public static List<String> validate(DeploymentModel model, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>(validateBreakers(model, config));
        problems.addAll(validateCompanions(model, config));
        problems.addAll(new ApplicationResolver(config).problems());
        return List.copyOf(problems);
    }

    /**
     * @param model everything found
     * @param config the application's configuration
     * @return a message for each problem of the breakers, each once, in an order that does not depend
     *     on the order the container found the beans in; empty when all is well
     */
    public static List<String> validateBreakers(DeploymentModel model, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>();
        List<BreakerDeclaration> distinct = new ArrayList<>(new LinkedHashSet<>(model.breakers()));
        distinct.sort(STABLE);
        for (BreakerDeclaration declaration : distinct) {
            problems.addAll(MemberRules.problems(BreakerKeys.FAMILY, declaration.breakerName(), declaration.place(),
                    declaration.members()));
        }
        for (String name : new TreeSet<>(model.breakerNames())) {
            problems.addAll(conflicts(name, distinctPlaces(model.declarationsOf(name))));
        }
        problems.addAll(foldedNames(distinct));
        BreakerResolver resolver = new BreakerResolver(config);
        problems.addAll(resolver.checkDefaults());
        for (String name : new TreeSet<>(model.breakerNames())) {
            problems.addAll(resolver.resolve(name, model.membersOf(name)).problems());
        }
        return List.copyOf(problems);
    }

    /**
     * The checks of every {@code @RetryWithBackoff} and {@code @WithFallback} setting: each annotation's
     * members, each configured value, and the defaults for every method. At start-up too, against the
     * configuration of that moment.
     *
     * @param model everything found
     * @param config the application's configuration
     * @return a message for each problem, each once; empty when all is well
     */
    public static List<String> validateCompanions(DeploymentModel model, ConfigLookup config) {
        Set<String> problems = new LinkedHashSet<>();
        Set<RetryDeclaration> retries = new TreeSet<>(STABLE_RETRIES);
        retries.addAll(model.retries());
        for (RetryDeclaration retry : retries) {
            problems.addAll(MemberRules.problems(RetryKeys.FAMILY, retry.name(), retry.place(), retry.members()));
        }
        RetryResolver retryResolver = new RetryResolver(config);
        problems.addAll(retryResolver.checkDefaults());
        for (RetryDeclaration retry : retries) {
            problems.addAll(retryResolver.resolve(retry.name(), retry.members()).problems());
        }
        FallbackResolver fallbackResolver = new FallbackResolver(config);
        problems.addAll(fallbackResolver.checkDefaults());
        Set<String> fallbackNames = new TreeSet<>();
        model.fallbacks().forEach(fallback -> fallbackNames.add(fallback.name()));
        for (String name : fallbackNames) {
            problems.addAll(fallbackResolver.problems(name));
        }
        return List.copyOf(problems);
    }

    private static List<BreakerDeclaration> distinctPlaces(List<BreakerDeclaration> declarations) {
        Map<String, BreakerDeclaration> byPlace = new TreeMap<>();
        declarations.forEach(declaration -> byPlace.putIfAbsent(declaration.place(), declaration));
        return new ArrayList<>(byPlace.values());
    }

    /**
     * Each member that two declarations both give must have one value; a member that one leaves out
     * conflicts with nothing. Throwable types are compared as sets: the order they are listed in means
     * nothing.
     */
    private static List<String> conflicts(String name, List<BreakerDeclaration> declarations) {
        List<String> problems = new ArrayList<>(0);
        List<String> members = new ArrayList<>();
        BreakerKeys.FAMILY.members().forEach(member -> members.add(member.name()));
        members.addAll(BreakerKeys.FAMILY.typeMembers());
        for (String member : members) {
            BreakerDeclaration first = null;
            for (BreakerDeclaration declaration : declarations) {
                Object value = declaration.members().given().get(member);
                if (value == null) {
                    continue;
                }
                if (first == null) {
                    first = declaration;
                    continue;
                }
                Object firstValue = comparable(first.members().given().get(member));
                if (!firstValue.equals(comparable(value))) {
                    problems.add(Message.CONFLICTING_MEMBER.format(name, member, render(firstValue), first.place(),
                            render(comparable(value)), declaration.place()));
                }
            }
        }
        return problems;
    }

    private static Object comparable(Object value) {
        return value instanceof List<?> types ? Set.copyOf(types) : value;
    }

    private static String render(Object value) {
        if (value instanceof Set<?> types) {
            return "{" + String.join(", ", types.stream().map(String::valueOf).sorted().toList()) + "}";
        }
        return String.valueOf(value);
    }

    private static List<String> foldedNames(List<BreakerDeclaration> declarations) {
        List<String> problems = new ArrayList<>(0);
        Map<String, BreakerDeclaration> firstByForm = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (BreakerDeclaration declaration : declarations) {
            String form = EnvironmentNames.of(declaration.breakerName());
            BreakerDeclaration first = firstByForm.putIfAbsent(form, declaration);
            if (first != null && !first.breakerName().equals(declaration.breakerName())
                    && reported.add(declaration.breakerName())) {
                problems.add(Message.FOLDED_NAMES.format(first.breakerName(), first.place(),
                        declaration.breakerName(), declaration.place(), form));
            }
        }
        return problems;
    }
}
