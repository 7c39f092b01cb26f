package dev.breaker.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the readiness checks as synthetic beans in CDI Full. Called by the portable extension only
 * when {@link dev.breaker.config.OptionalApi#MICROPROFILE_HEALTH} is present.
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
                    .produceWith(lookup -> new BreakerCheck(name, statesFrom(lookup)));
        }
        Set<String> ownChecks = Set.copyOf(checked);
        event.addBean()
                .id(BreakersCheck.class.getName())
                .beanClass(BreakersCheck.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(Readiness.Literal.INSTANCE, new ForBreaker.Literal(BreakersCheck.NAME), Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .produceWith(lookup -> new BreakersCheck(ownChecks, statesFrom(lookup)));
    }

    /**
     * The application's breaker states, seen from whoever creates the check. Payara's health extension
     * creates checks through its own BeanManager, which cannot see the application's beans (WELD-001334);
     * {@link CDI#current()} resolves through the application's, so it is the fallback there.
     */
    private static BreakerHealthSource statesFrom(Instance<Object> lookup) {
        Instance<BreakerHealthSource> seen = lookup.select(BreakerHealthSource.class);
        return seen.isResolvable() ? seen.get() : CDI.current().select(BreakerHealthSource.class).get();
    }
}
