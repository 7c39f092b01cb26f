package dev.breaker.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.ConfigLookup;
import dev.breaker.deployment.CompanionFindings;
import dev.breaker.deployment.CompanionScan;
import dev.breaker.deployment.CompanionScanner;
import dev.breaker.deployment.DeclaredCompanions;
import jakarta.decorator.Decorator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.SkipIfPortableExtensionPresent;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.interceptor.Interceptor;

/**
 * Finds every {@code @RetryWithBackoff} and {@code @WithFallback} in CDI Lite (Quarkus ArC, where it
 * runs at build time, reading the language model rather than loaded classes). It does what
 * {@link CompanionPortableExtension} does in CDI Full, through the same checks, and is skipped wherever
 * that one runs:
 * <ul>
 *   <li>{@link Enhancement}: finds the annotations the container cannot apply, and removes them so that
 *       the library's message is the one reported; and binds {@link FallbackInterceptor} to every other
 *       {@code @WithFallback} method ({@link FallbackBinding});</li>
 *   <li>{@link Registration}: collects the methods each class bean retries, and finds and checks each
 *       fallback method;</li>
 *   <li>{@link Synthesis}: carries them to run time as the parameters of a synthetic bean (Quarkus does
 *       not run this extension again when the application starts);</li>
 *   <li>{@link Validation}: checks every setting against the configuration visible now, and reports
 *       every problem. Start-up checks the configuration of that moment again.</li>
 * </ul>
 */
@SkipIfPortableExtensionPresent(CompanionPortableExtension.class)
public class CompanionBuildCompatibleExtension implements BuildCompatibleExtension {
    private final CompanionFindings findings = new CompanionFindings();

    /**
     * @param type a discovered type that uses either annotation
     */
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = {RetryWithBackoff.class, WithFallback.class})
    public void disarm(ClassConfig type) {
        ClassInfo info = type.info();
        if (isInterceptorOrDecorator(info) || !CompanionLiteViews.mentionsCompanions(info)) {
            return;
        }
        CompanionScan scan = CompanionScanner.scan(CompanionLiteViews.of(info));
        findings.addProblems(scan.problems());
        CompanionLiteViews.configure(type, scan);
    }

    /**
     * @param bean any bean
     */
    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        if (bean.isInterceptor() || bean.isSynthetic() || !bean.isClassBean()) {
            return;
        }
        ClassInfo info = bean.declaringClass();
        if (isInterceptorOrDecorator(info) || !CompanionLiteViews.mentionsCompanions(info)) {
            return;
        }
        findings.addBean(CompanionScanner.scan(CompanionLiteViews.of(info)));
    }

    /**
     * @param components where synthetic beans are added
     */
    @Synthesis
    public void carry(SyntheticComponents components) {
        SyntheticBeanBuilder<DeclaredCompanions> bean = components.addBean(DeclaredCompanions.class)
                .type(DeclaredCompanions.class)
                .scope(Dependent.class)
                .createWith(DeclaredCompanionsCreator.class);
        CompanionParameters.write(findings.declared(), bean);
    }

    /**
     * @param messages where problems are reported
     */
    @Validation
    public void validate(Messages messages) {
        for (String problem : findings.validate(buildTimeConfig())) {
            messages.error(problem);
        }
    }

    /**
     * The configuration visible now: the deployment's in CDI Full (through the translator), the
     * build's in Quarkus. If it cannot be read at build time, start-up checks it instead.
     */
    private static ConfigLookup buildTimeConfig() {
        try {
            return ConfigLookup.ofApplication(Thread.currentThread().getContextClassLoader());
        } catch (RuntimeException | LinkageError unreadable) {
            return ConfigLookup.none();
        }
    }

    private static boolean isInterceptorOrDecorator(ClassInfo type) {
        return type.hasAnnotation(Interceptor.class) || type.hasAnnotation(Decorator.class);
    }
}
