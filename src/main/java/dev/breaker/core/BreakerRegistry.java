package dev.breaker.core;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A {@link CircuitBreakerRegistry} over a concurrent map. Creation happens at most once per name;
 * the factory decides each new breaker's settings.
 */
public final class BreakerRegistry implements CircuitBreakerRegistry {
    private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Function<String, CircuitBreaker> factory;
    private final int maxBreakers;

    /**
     * @param factory creates the breaker of a name never asked for before
     * @param maxBreakers how many breakers the registry may hold
     */
    public BreakerRegistry(Function<String, CircuitBreaker> factory, int maxBreakers) {
        this.factory = factory;
        this.maxBreakers = maxBreakers;
    }

    @Override
    public CircuitBreaker get(String name) {
        CircuitBreaker existing = breakers.get(NameRule.requireValid(name));
        if (existing != null) {
            return existing;
        }
        return breakers.computeIfAbsent(name, this::create);
    }

    private CircuitBreaker create(String name) {
        if (breakers.size() >= maxBreakers) {
            throw new IllegalStateException("Cannot create circuit breaker '" + name + "': the registry already holds "
                    + maxBreakers + " breakers. Breaker names should name dependencies, not requests or users.");
        }
        return factory.apply(name);
    }

    @Override
    public Optional<CircuitBreaker> find(String name) {
        return Optional.ofNullable(name == null ? null : breakers.get(name));
    }

    @Override
    public Collection<CircuitBreaker> all() {
        return List.copyOf(breakers.values());
    }
}
