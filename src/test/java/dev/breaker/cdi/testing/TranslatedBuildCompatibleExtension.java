package dev.breaker.cdi.testing;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.LiteBreakerExtension;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;

/**
 * The build compatible extension as Weld's translator can run it: without
 * {@code @SkipIfPortableExtensionPresent} (Weld skips such an extension whatever it names), and with
 * every extension method declared here, because the translator reads only declared methods.
 * {@code TranslatedExtensionMirrorTest} checks that this stays a faithful copy.
 */
public class TranslatedBuildCompatibleExtension extends LiteBreakerExtension {
    @Override
    @Enhancement(types = Object.class, withSubtypes = true,
            withAnnotations = {Breaker.class, RetryWithBackoff.class, WithFallback.class})
    public void disarm(ClassConfig type) {
        super.disarm(type);
    }

    @Override
    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        super.collect(bean);
    }

    @Override
    @Synthesis
    public void carry(SyntheticComponents components) {
        super.carry(components);
    }

    @Override
    @Validation
    public void validate(Messages messages) {
        super.validate(messages);
    }
}
