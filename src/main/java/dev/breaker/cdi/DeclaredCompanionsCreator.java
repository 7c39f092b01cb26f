package dev.breaker.cdi;

import dev.breaker.deployment.DeclaredCompanions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/** Creates, at run time, the {@link DeclaredCompanions} that CDI Lite found at build time. */
public class DeclaredCompanionsCreator implements SyntheticBeanCreator<DeclaredCompanions> {
    /** Called by the container. */
    public DeclaredCompanionsCreator() {
    }

    @Override
    public DeclaredCompanions create(Instance<Object> lookup, Parameters params) {
        return CompanionParameters.read(params);
    }
}
