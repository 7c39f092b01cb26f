package dev.breaker.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the readiness checks as synthetic beans in CDI Full. Called by the portable extension only
 * when {@link HealthApi} finds MicroProfile Health.
 */
public final class PortableHealthBeans {
    private PortableHealthBeans() {
    }

    /**
     * @param event the container's event
     * @param checked the breakers that get a check of their own
     */
    public static void addTo(AfterBeanDiscovery event, Collection<String> checked) {
        for (String name : checked) {
            event.addBean()
                    .id(BreakerCheck.class.getName() + "#" + name)
                    .beanClass(BreakerCheck.class)
                    .types(HealthCheck.class, Object.class)
                    .qualifiers(Readiness.Literal.INSTANCE, new ForBreaker.Literal(name), Any.Literal.INSTANCE)
                    .scope(Dependent.class)
                    .produceWith(lookup -> new BreakerCheck(name, lookup.select(BreakerStates.class).get()));
        }
        Set<String> ownChecks = Set.copyOf(checked);
        event.addBean()
                .id(BreakersCheck.class.getName())
                .beanClass(BreakersCheck.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(Readiness.Literal.INSTANCE, new ForBreaker.Literal(BreakersCheck.NAME), Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .produceWith(lookup -> new BreakersCheck(ownChecks, lookup.select(BreakerStates.class).get()));
    }
}
