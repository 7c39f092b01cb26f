package dev.breaker.health;

import dev.breaker.config.HealthMode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness check {@code breaker:<name>} of one breaker found at deployment. Not a bean class:
 * the extensions add it as a synthetic bean, qualified {@code @Readiness} (never {@code @Liveness}),
 * and only when MicroProfile Health is present.
 *
 * <p>It never throws: an implementation would put the exception's message in the health output. A
 * breaker it cannot read is reported DOWN with nothing but {@code state = UNKNOWN}, and the reason
 * is logged.
 */
public final class BreakerCheck implements HealthCheck {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private final String breakerName;
    private final BreakerHealthSource states;
    private final AtomicBoolean toldOffAfterBuild = new AtomicBoolean();

    /**
     * @param breakerName the breaker it reports on
     * @param states the application's breakers
     */
    public BreakerCheck(String breakerName, BreakerHealthSource states) {
        this.breakerName = breakerName;
        this.states = states;
    }

    @Override
    public HealthCheckResponse call() {
        String checkName = BreakerReadiness.CHECK_PREFIX + breakerName;
        try {
            HealthMode mode = states.healthOf(breakerName);
            if (mode == HealthMode.OFF) {
                mode = offAfterTheChecksWereMade();
            }
            HealthMode shown = mode;
            return HealthResponses.of(states.find(breakerName)
                    .map(breaker -> BreakerReadiness.ofBreaker(breaker, shown))
                    .orElseGet(() -> BreakerReadiness.unreadable(checkName)));
        } catch (RuntimeException | LinkageError unreadable) {
            LOG.log(Level.WARNING, "Health check " + checkName + " could not read its circuit breaker", unreadable);
            return HealthResponses.of(BreakerReadiness.unreadable(checkName));
        }
    }

    /**
     * {@code off} set where the checks were already made (in Quarkus, at build time): the check cannot
     * be taken away now, so it never reports DOWN, as {@code report} does.
     */
    private HealthMode offAfterTheChecksWereMade() {
        if (toldOffAfterBuild.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "Circuit breaker ''{0}'' has health = off, but its readiness check was made"
                    + " when the application was built; it stays, and never reports DOWN. Rebuild to remove it.",
                    breakerName);
        }
        return HealthMode.REPORT;
    }
}
