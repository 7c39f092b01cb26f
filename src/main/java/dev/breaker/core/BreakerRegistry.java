package dev.breaker.core;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link CircuitBreakerRegistry} over a concurrent map. Creation happens at most once per name;
 * the factory decides each new breaker's settings. A place is reserved before a breaker is created
 * and given back if creation fails, so threads racing for the last places can never hold more than
 * {@code maxBreakers} between them: the map's own size is read without a lock, across bins, and two
 * creations of different names both see room for one.
 */
public final class BreakerRegistry implements CircuitBreakerRegistry {
    private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Function<String, CircuitBreaker> factory;
    private final int maxBreakers;
    private final AtomicInteger reserved = new AtomicInteger();

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
        if (reserved.incrementAndGet() > maxBreakers) {
            reserved.decrementAndGet();
            throw new IllegalStateException("Cannot create circuit breaker '" + name + "'"
                    + ": the registry already holds " + maxBreakers
                    + " breakers. Breaker names should name dependencies, not requests or users.");
        }
        try {
            return factory.apply(name);
        } catch (RuntimeException | Error failed) {
            reserved.decrementAndGet();
            throw failed;
        }
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
