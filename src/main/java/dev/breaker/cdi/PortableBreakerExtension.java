package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.OptionalApi;
import dev.breaker.deployment.ClassScanner;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.DeploymentCollector;
import dev.breaker.deployment.RestClientScanner;
import dev.breaker.deployment.ScannedClass;
import dev.breaker.health.OwnCheckRule;
import dev.breaker.health.PortableHealthBeans;
import jakarta.decorator.Decorator;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMember;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessProducerField;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;
import java.lang.reflect.Member;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every {@code @Breaker}, {@code @RetryWithBackoff} and {@code @WithFallback} in CDI Full (Weld:
 * Payara, Open Liberty, WildFly, Weld SE). Each lifecycle event does one kind of work:
 * <ul>
 *   <li>{@link ProcessAnnotatedType}: finds the annotations a container cannot apply (on a private,
 *       static or final method, in a final class), and removes them, so that the deployment fails with
 *       this library's message rather than the container's (or, for a private or static method, rather
 *       than silently); collects what each MicroProfile Rest Client interface declares
 *       ({@link RestClientScanner}), since its REST client bean is synthetic;</li>
 *   <li>{@link ProcessManagedBean}: collects what each bean declares, and finds and checks each
 *       fallback method; producers: finds {@code @Breaker} on a class whose produced instances the
 *       container would not intercept;</li>
 *   <li>{@link AfterBeanDiscovery}: hands what was found to run time, as the same synthetic bean that
 *       the build compatible extension makes in CDI Lite; adds the readiness checks when MicroProfile
 *       Health is present;</li>
 *   <li>{@link AfterDeploymentValidation}: checks across beans and configuration, and reports every
 *       problem through the container.</li>
 * </ul>
 * The checks themselves are in {@code dev.breaker.deployment}, shared with {@link
 * LiteBreakerExtension}, so CDI Full and CDI Lite judge a deployment alike.
 */
public class PortableBreakerExtension implements Extension {
    private final DeploymentCollector collector = new DeploymentCollector();
    /** Each interface judged once for the whole deployment; beans may be processed on several threads. */
    private final Map<String, Optional<ClassView>> judgedInterfaces = new ConcurrentHashMap<>();

    <T> void disarm(@Observes @WithAnnotations({Breaker.class, RetryWithBackoff.class, WithFallback.class})
            ProcessAnnotatedType<T> event) {
        AnnotatedType<T> type = event.getAnnotatedType();
        if (AnnotatedTypeReader.isRestClient(type)) {
            // Everything is known here, before AfterBeanDiscovery: its REST client bean is synthetic,
            // added later. Its model is left alone: REST client implementations read the interface itself.
            collector.addRestClient(type.getJavaClass().getName(),
                    RestClientScanner.scan(AnnotatedTypeReader.ofInterface(type)));
            return;
        }
        if (type.getJavaClass().isInterface() || isInterceptorOrDecorator(type) || !AnnotatedTypeReader.mentionsAny(type)) {
            return; // an interface's annotations are judged from the beans that implement it (collect)
        }
        ScannedClass scanned = ClassScanner.scan(AnnotatedTypeReader.of(type));
        collector.addProblems(scanned.problems());
        if (scanned.needsDisarming()) {
            AnnotatedTypeReader.configure(event.configureAnnotatedType(), scanned);
        }
    }

    <T> void collect(@Observes ProcessManagedBean<T> event) {
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        if (isInterceptorOrDecorator(type)) {
            return;
        }
        boolean mentions = AnnotatedTypeReader.mentionsAny(type);
        // An alternative (a test double) overrides on purpose; its interfaces are its real bean's concern.
        boolean alternative = event.getBean().isAlternative();
        List<ClassView> interfaces = alternative ? List.of() : AnnotatedTypeReader.interfacesOf(type.getJavaClass(), judgedInterfaces);
        if ((!mentions && interfaces.isEmpty()) || standsForRestClient(event)) {
            return;
        }
        ClassView view = AnnotatedTypeReader.of(type);
        if (!alternative) {
            collector.addProblems(ClassScanner.scanUnapplied(view, interfaces));
        }
        if (mentions) {
            collector.addBean(ClassScanner.scan(view));
        }
    }

    /** A class bean that carries copies of a REST client interface's bindings, as Quarkus generates one. */
    private boolean standsForRestClient(ProcessManagedBean<?> event) {
        Set<String> types = new HashSet<>();
        event.getBean().getTypes().forEach(type -> {
            Class<?> raw = rawClassOf(type);
            if (raw != null) {
                types.add(raw.getName());
            }
        });
        Set<String> qualifiers = new HashSet<>();
        event.getBean().getQualifiers().forEach(qualifier -> qualifiers.add(qualifier.annotationType().getName()));
        String beanClass = event.getBean().getBeanClass().getName();
        boolean standsFor = RestClientScanner.standsForRestClient(beanClass, types, qualifiers, collector.restClients());
        if (standsFor) {
            collector.addRestClientBean(beanClass);
        }
        return standsFor;
    }

    <T, X> void checkProducer(@Observes ProcessProducerMethod<T, X> event, BeanManager beans) {
        checkProduced(event.getAnnotatedProducerMethod(), event.getAnnotatedProducerMethod().getBaseType(), beans);
    }

    <T, X> void checkProducer(@Observes ProcessProducerField<T, X> event, BeanManager beans) {
        checkProduced(event.getAnnotatedProducerField(), event.getAnnotatedProducerField().getBaseType(), beans);
    }

    private void checkProduced(AnnotatedMember<?> producer, Type producedType, BeanManager beans) {
        Class<?> produced = rawClassOf(producedType);
        if (produced == null || produced.isInterface() || produced.isPrimitive() || produced.isArray()) {
            return;
        }
        AnnotatedType<?> type = beans.createAnnotatedType(produced);
        if (!AnnotatedTypeReader.mentionsAny(type)) {
            return;
        }
        Member member = producer.getJavaMember();
        String place = member.getDeclaringClass().getName() + "." + member.getName();
        collector.addProblems(ClassScanner.scanProduced(AnnotatedTypeReader.of(type), place));
    }

    void carry(@Observes AfterBeanDiscovery event) {
        DeploymentModel model = collector.model();
        event.addBean()
                .beanClass(DeploymentModel.class)
                .types(DeploymentModel.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> model);
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        if (OptionalApi.MICROPROFILE_HEALTH.isPresent(application)) {
            PortableHealthBeans.addTo(event,
                    OwnCheckRule.checkedNames(model, ConfigLookup.ofApplication(application)));
        }
    }

    void validate(@Observes AfterDeploymentValidation event) {
        // The deployment's thread, with the application's class loader: the one that sees its properties.
        ConfigLookup config = ConfigLookup.ofApplication(Thread.currentThread().getContextClassLoader());
        for (String problem : collector.validate(config)) {
            event.addDeploymentProblem(new DeploymentException(problem));
        }
    }

    private static boolean isInterceptorOrDecorator(AnnotatedType<?> type) {
        return type.isAnnotationPresent(Interceptor.class) || type.isAnnotationPresent(Decorator.class);
    }

    private static Class<?> rawClassOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return null;
    }
}
