package dev.breaker.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the readiness checks as synthetic beans in CDI Lite: in Quarkus at build time, so each carries
 * its breaker's name to run time as a parameter. Called by the build compatible extension only when
 * {@link dev.breaker.config.OptionalApi#MICROPROFILE_HEALTH} is present.
 */
public final class LiteHealthBeans {
    private static final String BREAKER = "breaker";
    private static final String CHECKED = "checked";

    private LiteHealthBeans() {
    }

    /**
     * @param components where synthetic beans are added
     * @param checked the breakers that get a check of their own
     */
    public static void addTo(SyntheticComponents components, Collection<String> checked) {
        for (String name : checked) {
            components.addBean(BreakerCheck.class)
                    .type(HealthCheck.class)
                    .qualifier(Readiness.Literal.INSTANCE)
                    .qualifier(new ForBreaker.Literal(name))
                    .scope(Dependent.class)
                    .withParam(BREAKER, name)
                    .createWith(BreakerCheckCreator.class);
        }
        components.addBean(BreakersCheck.class)
                .type(HealthCheck.class)
                .qualifier(Readiness.Literal.INSTANCE)
                .qualifier(new ForBreaker.Literal(BreakersCheck.NAME))
                .scope(Dependent.class)
                .withParam(CHECKED, checked.toArray(String[]::new))
                .createWith(BreakersCheckCreator.class);
    }

    /** Creates a {@link BreakerCheck} at run time. */
    public static final class BreakerCheckCreator implements SyntheticBeanCreator<BreakerCheck> {
        @Override
        public BreakerCheck create(Instance<Object> lookup, Parameters params) {
            return new BreakerCheck(params.get(BREAKER, String.class), lookup.select(BreakerHealthSource.class).get());
        }
    }

    /** Creates the {@link BreakersCheck} at run time. */
    public static final class BreakersCheckCreator implements SyntheticBeanCreator<BreakersCheck> {
        @Override
        public BreakersCheck create(Instance<Object> lookup, Parameters params) {
            return new BreakersCheck(Set.of(params.get(CHECKED, String[].class)),
                    lookup.select(BreakerHealthSource.class).get());
        }
    }
}
