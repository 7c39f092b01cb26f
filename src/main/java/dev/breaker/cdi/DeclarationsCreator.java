package dev.breaker.cdi;

import dev.breaker.deployment.Declarations;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;

/** Creates, at run time, the {@link Declarations} that CDI Lite found at build time. */
public class DeclarationsCreator implements SyntheticBeanCreator<Declarations> {
    /** Called by the container. */
    public DeclarationsCreator() {
    }

    @Override
    public Declarations create(Instance<Object> lookup, Parameters params) {
        return DeclarationParameters.read(params);
    }
}
