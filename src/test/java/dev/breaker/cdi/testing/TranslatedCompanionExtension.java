package dev.breaker.cdi.testing;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.CompanionBuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;

/**
 * {@link CompanionBuildCompatibleExtension} as Weld's translator can run it: without
 * {@code @SkipIfPortableExtensionPresent}, and with every extension method declared here, because the
 * translator reads only declared methods. {@code TranslatedCompanionExtensionMirrorTest} checks that
 * this stays a faithful copy.
 */
public class TranslatedCompanionExtension extends CompanionBuildCompatibleExtension {
    @Override
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {RetryWithBackoff.class, WithFallback.class})
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
