package dev.breaker.health;

import dev.breaker.CircuitBreaker;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness check {@code breakers}: every breaker without a check of its own (those created
 * through the registry after start-up), its data mapping each name to its state; DOWN when one of
 * them in {@code readiness} mode is OPEN. Added as a synthetic bean, like {@link BreakerCheck}.
 */
public final class BreakersCheck implements HealthCheck {
    /** The check's name. */
    public static final String NAME = "breakers";
    private static final Logger LOG = System.getLogger("dev.breaker");

    private final Set<String> checkedOnTheirOwn;
    private final BreakerHealthSource states;

    /**
     * @param checkedOnTheirOwn the names of the breakers that have a check of their own
     * @param states the application's breakers
     */
    public BreakersCheck(Set<String> checkedOnTheirOwn, BreakerHealthSource states) {
        this.checkedOnTheirOwn = Set.copyOf(checkedOnTheirOwn);
        this.states = states;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            List<CircuitBreaker> others = states.all().stream()
                    .filter(breaker -> !checkedOnTheirOwn.contains(breaker.name()))
                    .toList();
            return HealthResponses.of(BreakerReadiness.ofCreatedLater(others, states::healthOf));
        } catch (RuntimeException | LinkageError unreadable) {
            LOG.log(Level.WARNING, "Health check " + NAME + " could not read the circuit breakers", unreadable);
            return HealthResponses.of(BreakerReadiness.unreadable(NAME));
        }
    }
}
