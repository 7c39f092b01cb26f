package dev.breaker;

import dev.breaker.core.BreakerRegistry;
import dev.breaker.core.ValueRule;
import java.util.Collection;
import java.util.Optional;

/**
 * All the breakers of an application, by name. In a CDI container it is an application-scoped bean
 * holding the very instances that {@code @Breaker} methods use; outside one, build your own with
 * {@link #builder()}.
 *
 * <p>{@link #get(String)} creates a breaker the first time a name is asked for. So that a bug feeding
 * it unbounded names (a user id, a URL) cannot grow it without limit, a registry holds at most
 * {@link Builder#maxBreakers(int) maxBreakers} breakers and refuses more.
 */
public interface CircuitBreakerRegistry {
    /**
     * @param name a breaker name, not blank
     * @return the breaker of that name, created from the registry's settings if there is none yet
     * @throws IllegalStateException when the registry is full
     */
    CircuitBreaker get(String name);

    /**
     * @param name a breaker name
     * @return the breaker of that name, if it exists; never creates one
     */
    Optional<CircuitBreaker> find(String name);

    /** @return every breaker, in no particular order; a snapshot, unmodifiable */
    Collection<CircuitBreaker> all();

    /** @return a builder of a registry for use outside a container */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CircuitBreakerRegistry} for use outside a container. */
    final class Builder {
        private BreakerSettings defaults = BreakerSettings.defaults();
        private BreakerClock clock = BreakerClock.system();
        private StateChangeListener listener = change -> { };
        private int maxBreakers = 10_000;

        private Builder() {
        }

        /**
         * @param defaults the settings of every breaker this registry creates
         * @return this builder
         */
        public Builder defaults(BreakerSettings defaults) {
            this.defaults = ValueRule.requireGiven("defaults", defaults);
            return this;
        }

        /**
         * @param clock the time source of every breaker this registry creates
         * @return this builder
         */
        public Builder clock(BreakerClock clock) {
            this.clock = ValueRule.requireGiven("clock", clock);
            return this;
        }

        /**
         * @param listener hears of every transition of every breaker this registry creates
         * @return this builder
         */
        public Builder listener(StateChangeListener listener) {
            this.listener = ValueRule.requireGiven("listener", listener);
            return this;
        }

        /**
         * @param maxBreakers how many breakers the registry may hold, at least 1; 10,000 unless set
         * @return this builder
         */
        public Builder maxBreakers(int maxBreakers) {
            this.maxBreakers = ValueRule.COUNT.require("maxBreakers", maxBreakers);
            return this;
        }

        /** @return a new, empty registry */
        public CircuitBreakerRegistry build() {
            BreakerSettings settings = defaults;
            BreakerClock time = clock;
            StateChangeListener hears = listener;
            return new BreakerRegistry(name -> CircuitBreaker.builder(name)
                    .settings(settings).clock(time).listener(hears).build(), maxBreakers);
        }
    }
}
