package dev.breaker.core;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link CircuitBreakerRegistry} over a concurrent map. Creation happens at most once per name;
 * the factory decides each new breaker's settings. A place is reserved before a breaker is created
 * and given back if creation fails, so threads racing for the last places can never hold more than
 * {@code maxBreakers} between them: the map's own size is read without a lock, across bins, and two
 * creations of different names both see room for one.
 *
 * <p>Whoever watches the registry ({@link #watch}, a metrics export) hears of each breaker created, after
 * its creation and outside the map's locks, in the thread that created it.
 */
public final class BreakerRegistry implements CircuitBreakerRegistry {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final List<Consumer<CircuitBreaker>> watchers = new CopyOnWriteArrayList<>();
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
        Creation creation = new Creation();
        CircuitBreaker breaker = breakers.computeIfAbsent(name, creation);
        if (creation.created != null) {
            for (Consumer<CircuitBreaker> watcher : watchers) {
                tell(watcher, creation.created);
            }
        }
        return breaker;
    }

    /**
     * Tells the watcher of every breaker there is, then of every breaker created later. A breaker created
     * while this runs may be told twice: a watcher must take a breaker it already knows as nothing new.
     *
     * @param watcher hears of each breaker
     */
    public void watch(Consumer<CircuitBreaker> watcher) {
        watchers.add(watcher);
        for (CircuitBreaker breaker : breakers.values()) {
            tell(watcher, breaker);
        }
    }

    /** @param watcher no longer told of new breakers */
    public void unwatch(Consumer<CircuitBreaker> watcher) {
        watchers.remove(watcher);
    }

    /** A watcher that throws is logged and never fails the creation of the breaker. */
    private static void tell(Consumer<CircuitBreaker> watcher, CircuitBreaker breaker) {
        try {
            watcher.accept(breaker);
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.WARNING, "The circuit breaker ''" + breaker.name() + "'' could not be handed to " + watcher,
                    failed);
        }
    }

    /** Creates a breaker inside the map's computation, and remembers it to tell the watchers after. */
    private final class Creation implements Function<String, CircuitBreaker> {
        private CircuitBreaker created;

        @Override
        public CircuitBreaker apply(String name) {
            created = create(name);
            return created;
        }
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
