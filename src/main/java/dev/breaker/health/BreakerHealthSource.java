package dev.breaker.health;

import dev.breaker.CircuitBreaker;
import dev.breaker.config.HealthMode;
import java.util.Collection;
import java.util.Optional;

/**
 * What the health checks read: the application's breakers and how each appears in health. The
 * container's registry provides it; it holds settings resolved on the deployment's thread, so a
 * check called from a server's own thread never reads configuration itself.
 */
public interface BreakerHealthSource {
    /**
     * @param name a breaker name
     * @return the breaker of that name, if it exists
     */
    Optional<CircuitBreaker> find(String name);

    /**
     * @param name a breaker name
     * @return how that breaker appears in health ({@code breaker.<name>.health}); {@link
     *     HealthMode#READINESS} for a name not known
     */
    HealthMode healthOf(String name);

    /** @return every breaker, in no particular order */
    Collection<CircuitBreaker> all();
}
