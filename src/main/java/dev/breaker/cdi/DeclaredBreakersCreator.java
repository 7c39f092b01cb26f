package dev.breaker.cdi;

import dev.breaker.deployment.DeclaredBreakers;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/** Creates, at run time, the {@link DeclaredBreakers} that CDI Lite found at build time. */
public class DeclaredBreakersCreator implements SyntheticBeanCreator<DeclaredBreakers> {
    /** Called by the container. */
    public DeclaredBreakersCreator() {
    }

    @Override
    public DeclaredBreakers create(Instance<Object> lookup, Parameters params) {
        return DeclarationParameters.read(params);
    }
}
