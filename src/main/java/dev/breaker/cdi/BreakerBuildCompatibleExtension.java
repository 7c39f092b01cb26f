package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.config.ConfigLookup;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.DeclarationScanner;
import dev.breaker.deployment.DeclaredBreakers;
import dev.breaker.deployment.DeploymentFindings;
import dev.breaker.deployment.Scan;
import dev.breaker.health.HealthApi;
import dev.breaker.health.HealthPlan;
import dev.breaker.health.LiteHealthBeans;
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
import jakarta.enterprise.lang.model.declarations.FieldInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.interceptor.Interceptor;

/**
 * Finds every {@code @Breaker} in CDI Lite (Quarkus ArC, where it runs at build time). It does what
 * {@link BreakerPortableExtension} does in CDI Full, through the same checks, and is skipped wherever
 * that one runs:
 * <ul>
 *   <li>{@link Enhancement}: finds {@code @Breaker} where the container cannot intercept, and removes
 *       it so that the library's message is the one reported;</li>
 *   <li>{@link Registration}: collects the breakers each class bean declares, and checks producers;</li>
 *   <li>{@link Synthesis}: carries them to run time as the parameters of a synthetic bean (Quarkus does
 *       not run this extension again when the application starts), and adds the readiness checks as
 *       synthetic beans when MicroProfile Health is present;</li>
 *   <li>{@link Validation}: checks across beans and configuration, and reports every problem.</li>
 * </ul>
 * Configuration read at build time is checked here; the registry reads it again at start-up, where a
 * value not allowed stops the application before it serves anything.
 */
@SkipIfPortableExtensionPresent(BreakerPortableExtension.class)
public class BreakerBuildCompatibleExtension implements BuildCompatibleExtension {
    private final DeploymentFindings findings = new DeploymentFindings();

    /**
     * @param type a discovered type that uses {@code @Breaker}
     */
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = Breaker.class)
    public void disarm(ClassConfig type) {
        ClassInfo info = type.info();
        if (isInterceptorOrDecorator(info)) {
            return;
        }
        ClassView view = LiteViews.of(info);
        if (!view.mentionsBreaker()) {
            return;
        }
        Scan scan = DeclarationScanner.scan(view);
        findings.addProblems(scan.problems());
        if (scan.needsDisarming()) {
            LiteViews.disarm(type, scan);
        }
    }

    /**
     * @param bean any bean
     */
    @Registration(types = Object.class)
    public void collect(BeanInfo bean) {
        if (bean.isInterceptor() || bean.isSynthetic()) {
            return;
        }
        if (bean.isClassBean()) {
            ClassInfo info = bean.declaringClass();
            if (isInterceptorOrDecorator(info)) {
                return;
            }
            ClassView view = LiteViews.of(info);
            if (view.mentionsBreaker()) {
                findings.addBean(DeclarationScanner.scan(view));
            }
        } else if (bean.isProducerMethod()) {
            MethodInfo producer = bean.producerMethod();
            checkProduced(producer.returnType(), producer.declaringClass().name() + "." + producer.name());
        } else if (bean.isProducerField()) {
            FieldInfo producer = bean.producerField();
            checkProduced(producer.type(), producer.declaringClass().name() + "." + producer.name());
        }
    }

    private void checkProduced(Type producedType, String producer) {
        ClassInfo produced = producedType.isClass() ? producedType.asClass().declaration()
                : producedType.isParameterizedType() ? producedType.asParameterizedType().declaration() : null;
        if (produced == null || produced.isInterface()) {
            return;
        }
        ClassView view = LiteViews.of(produced);
        if (view.mentionsBreaker()) {
            findings.addProblems(DeclarationScanner.scanProduced(view, producer));
        }
    }

    /**
     * @param components where synthetic beans are added
     */
    @Synthesis
    public void carry(SyntheticComponents components) {
        DeclaredBreakers declared = findings.declared();
        SyntheticBeanBuilder<DeclaredBreakers> bean = components.addBean(DeclaredBreakers.class)
                .type(DeclaredBreakers.class)
                .scope(Dependent.class)
                .createWith(DeclaredBreakersCreator.class);
        DeclarationParameters.write(declared, bean);
        if (HealthApi.isPresent(Thread.currentThread().getContextClassLoader())) {
            LiteHealthBeans.addTo(components, HealthPlan.checkedNames(declared, buildTimeConfig()));
        }
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
