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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;

/**
 * Finds every {@code @RetryWithBackoff} and {@code @WithFallback} in CDI Full (Weld: Payara, Open
 * Liberty, WildFly, Weld SE), beside {@link BreakerPortableExtension} and in the same way:
 * <ul>
 *   <li>{@link ProcessAnnotatedType}: finds the annotations a container cannot apply (on a private,
 *       static or final method, in a final class), and removes them so that the deployment fails with
 *       this library's message rather than the container's, or rather than silently; and binds
 *       {@link FallbackInterceptor} to every other {@code @WithFallback} method ({@link FallbackBinding});</li>
 *   <li>{@link ProcessManagedBean}: collects the methods each bean retries, and finds and checks each
 *       fallback method;</li>
 *   <li>{@link AfterBeanDiscovery}: hands what was found to run time, as the same synthetic bean that
 *       {@link CompanionBuildCompatibleExtension} makes in CDI Lite;</li>
 *   <li>{@link AfterDeploymentValidation}: checks every setting against configuration, and reports every
 *       problem through the container.</li>
 * </ul>
 * The checks themselves are in {@code dev.breaker.deployment}, shared with CDI Lite.
 */
public class CompanionPortableExtension implements Extension {
    private final CompanionFindings findings = new CompanionFindings();

    <T> void disarm(@Observes @WithAnnotations({RetryWithBackoff.class, WithFallback.class}) ProcessAnnotatedType<T> event) {
        AnnotatedType<T> type = event.getAnnotatedType();
        if (isInterceptorOrDecorator(type) || !CompanionReflectionViews.mentionsCompanions(type)) {
            return;
        }
        CompanionScan scan = CompanionScanner.scan(CompanionReflectionViews.of(type));
        findings.addProblems(scan.problems());
        if (CompanionReflectionViews.needsConfiguring(type, scan)) {
            CompanionReflectionViews.configure(event.configureAnnotatedType(), scan);
        }
    }

    <T> void collect(@Observes ProcessManagedBean<T> event) {
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        if (isInterceptorOrDecorator(type) || !CompanionReflectionViews.mentionsCompanions(type)) {
            return;
        }
        findings.addBean(CompanionScanner.scan(CompanionReflectionViews.of(type)));
    }

    void carry(@Observes AfterBeanDiscovery event) {
        DeclaredCompanions declared = findings.declared();
        event.addBean()
                .beanClass(DeclaredCompanions.class)
                .types(DeclaredCompanions.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> declared);
    }

    void validate(@Observes AfterDeploymentValidation event) {
        // The deployment's thread, with the application's class loader: the one that sees its properties.
        ConfigLookup config = ConfigLookup.ofApplication(Thread.currentThread().getContextClassLoader());
        for (String problem : findings.validate(config)) {
            event.addDeploymentProblem(new DeploymentException(problem));
        }
    }

    private static boolean isInterceptorOrDecorator(AnnotatedType<?> type) {
        return type.isAnnotationPresent(Interceptor.class) || type.isAnnotationPresent(Decorator.class);
    }
}
