package dev.breaker.deployment;

import dev.breaker.config.MemberValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a deployment declares for the library's interceptors, as both extensions find it. This
 * is what an extension hands to run time (in CDI Lite, as synthetic bean parameters): the registry
 * creates each breaker from it at start-up, and the retry and fallback settings are checked again then
 * against the configuration of that moment. Immutable.
 */
public final class DeploymentModel {
    private final List<BreakerDeclaration> breakers;
    private final List<RetryDeclaration> retries;
    private final List<FallbackDeclaration> fallbacks;
    private final Set<String> restClients;
    private final Set<String> restClientBeans;
    private final Map<String, List<BreakerDeclaration>> breakersByName;

    /**
     * A deployment without REST client interfaces.
     *
     * @param breakers every {@code @Breaker} declaration, in the order found
     * @param retries every method a {@code @RetryWithBackoff} covers, in the order found
     * @param fallbacks every {@code @WithFallback} method whose fallback fits, in the order found
     */
    public DeploymentModel(List<BreakerDeclaration> breakers, List<RetryDeclaration> retries,
            List<FallbackDeclaration> fallbacks) {
        this(breakers, retries, fallbacks, List.of(), List.of());
    }

    /**
     * @param breakers every {@code @Breaker} declaration, in the order found
     * @param retries every method a {@code @RetryWithBackoff} covers, in the order found
     * @param fallbacks every {@code @WithFallback} method whose fallback fits, in the order found
     * @param restClients the binary names of the REST client interfaces that use the library's annotations
     * @param restClientBeans the binary names of the class beans that stand for such a REST client
     *     (Quarkus generates one per client)
     */
    public DeploymentModel(List<BreakerDeclaration> breakers, List<RetryDeclaration> retries,
            List<FallbackDeclaration> fallbacks, Collection<String> restClients, Collection<String> restClientBeans) {
        this.restClients = Collections.unmodifiableSet(new LinkedHashSet<>(restClients));
        this.restClientBeans = Collections.unmodifiableSet(new LinkedHashSet<>(restClientBeans));
        this.breakers = List.copyOf(breakers);
        this.retries = List.copyOf(retries);
        this.fallbacks = List.copyOf(fallbacks);
        Map<String, List<BreakerDeclaration>> grouped = new LinkedHashMap<>();
        for (BreakerDeclaration declaration : this.breakers) {
            grouped.computeIfAbsent(declaration.breakerName(), name -> new ArrayList<>()).add(declaration);
        }
        grouped.replaceAll((name, list) -> List.copyOf(list));
        this.breakersByName = grouped;
    }

    /** @return every {@code @Breaker} declaration, in the order found */
    public List<BreakerDeclaration> breakers() {
        return breakers;
    }

    /** @return every method a {@code @RetryWithBackoff} covers, in the order found */
    public List<RetryDeclaration> retries() {
        return retries;
    }

    /** @return every {@code @WithFallback} method whose fallback fits, in the order found */
    public List<FallbackDeclaration> fallbacks() {
        return fallbacks;
    }

    /**
     * @return the binary names of the REST client interfaces that use the library's annotations: at run
     *     time, the interceptors read a call on one of them from the interface's method
     */
    public Set<String> restClients() {
        return restClients;
    }

    /**
     * @return the binary names of the class beans that stand for a REST client (Quarkus' generated
     *     {@code X$$CDIWrapper}): a call on one of their methods is read from the interface's method
     */
    public Set<String> restClientBeans() {
        return restClientBeans;
    }

    /** @return the names of the breakers declared, in the order first found */
    public Set<String> breakerNames() {
        return breakersByName.keySet();
    }

    /**
     * @param name a breaker name
     * @return the declarations of that breaker; empty when it is not declared
     */
    public List<BreakerDeclaration> declarationsOf(String name) {
        return breakersByName.getOrDefault(name, List.of());
    }

    /**
     * Merges the declarations of one breaker: each member takes the value of the first declaration
     * that gives it. (Declarations that give different values are a deployment error.)
     *
     * @param name a breaker name
     * @return the merged members; {@link MemberValues#NONE} when it is not declared
     */
    public MemberValues membersOf(String name) {
        MemberValues merged = MemberValues.NONE;
        for (BreakerDeclaration declaration : declarationsOf(name)) {
            merged = merged.orElse(declaration.members());
        }
        return merged;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeploymentModel model && model.breakers.equals(breakers)
                && model.retries.equals(retries) && model.fallbacks.equals(fallbacks)
                && model.restClients.equals(restClients) && model.restClientBeans.equals(restClientBeans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(breakers, retries, fallbacks, restClients, restClientBeans);
    }

    @Override
    public String toString() {
        return "DeploymentModel[breakers=" + breakerNames() + ", retries=" + retries.size() + ", fallbacks="
                + fallbacks.size() + ", restClients=" + restClients + "]";
    }
}
