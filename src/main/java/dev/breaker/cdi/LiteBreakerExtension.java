package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.OptionalApi;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.ClassScanner;
import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.DeploymentCollector;
import dev.breaker.deployment.RestClientScanner;
import dev.breaker.deployment.ScannedClass;
import dev.breaker.health.OwnCheckRule;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every {@code @Breaker}, {@code @RetryWithBackoff} and {@code @WithFallback} in CDI Lite (Quarkus
 * ArC, where it runs at build time, reading the language model rather than loaded classes). It does
 * what {@link PortableBreakerExtension} does in CDI Full, through the same checks, and is skipped
 * wherever that one runs:
 * <ul>
 *   <li>{@link Enhancement}: finds the annotations the container cannot apply, and removes them so that
 *       the library's message is the one reported; collects what each MicroProfile Rest Client interface
 *       declares ({@link RestClientScanner});</li>
 *   <li>{@link Registration}: collects what each class bean declares (not Quarkus' generated class bean
 *       of a REST client, whose interface was scanned), finds and checks each fallback method, and
 *       checks producers;</li>
 *   <li>{@link Synthesis}: carries what was found to run time as the parameters of a synthetic bean
 *       (Quarkus does not run this extension again when the application starts), and adds the
 *       readiness checks as synthetic beans when MicroProfile Health is present;</li>
 *   <li>{@link Validation}: checks across beans and configuration, and reports every problem.</li>
 * </ul>
 * Configuration read at build time is checked here; start-up reads it again, where a value not allowed
 * stops the application before it serves anything.
 */
@SkipIfPortableExtensionPresent(PortableBreakerExtension.class)
public class LiteBreakerExtension implements BuildCompatibleExtension {
    private final DeploymentCollector collector = new DeploymentCollector();
    /** Each interface judged once for the whole deployment; beans may be processed on several threads. */
    private final Map<String, Optional<ClassView>> judgedInterfaces = new ConcurrentHashMap<>();

    /**
     * @param type a discovered type that uses one of the library's annotations
     */
    @Enhancement(types = Object.class, withSubtypes = true,
            withAnnotations = {Breaker.class, RetryWithBackoff.class, WithFallback.class})
    public void disarm(ClassConfig type) {
        ClassInfo info = type.info();
        if (ClassInfoReader.isRestClient(info)) {
            // Its model is left alone: Quarkus generates the REST client bean from the interface as written.
            collector.addRestClient(info.name(), RestClientScanner.scan(ClassInfoReader.ofInterface(info)));
            return;
        }
        if (info.isInterface() || isInterceptorOrDecorator(info) || !ClassInfoReader.mentionsAny(info)) {
            return; // an interface's annotations are judged from the beans that implement it (collect)
        }
        ScannedClass scanned = ClassScanner.scan(ClassInfoReader.of(info));
        collector.addProblems(scanned.problems());
        if (scanned.needsDisarming()) {
            ClassInfoReader.configure(type, scanned);
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
            boolean mentions = ClassInfoReader.mentionsAny(info);
            // An alternative (a test double, Quarkus' @Mock) overrides on purpose.
            List<ClassView> interfaces = bean.isAlternative() ? List.of() : ClassInfoReader.interfacesOf(info, judgedInterfaces);
            if ((!mentions && interfaces.isEmpty()) || standsForRestClient(bean)) {
                return;
            }
            ClassView view = ClassInfoReader.of(info);
            if (!bean.isAlternative()) {
                collector.addProblems(ClassScanner.scanUnapplied(view, interfaces));
            }
            if (mentions) {
                collector.addBean(ClassScanner.scan(view));
            }
        } else if (bean.isProducerMethod()) {
            MethodInfo producer = bean.producerMethod();
            checkProduced(producer.returnType(), producer.declaringClass().name() + "." + producer.name());
        } else if (bean.isProducerField()) {
            FieldInfo producer = bean.producerField();
            checkProduced(producer.type(), producer.declaringClass().name() + "." + producer.name());
        }
    }

    /**
     * Quarkus' REST client bean: a class bean of a generated class ({@code X$$CDIWrapper}) carrying copies
     * of the interface's bindings; the interface itself was scanned at {@link Enhancement}.
     */
    private boolean standsForRestClient(BeanInfo bean) {
        Set<String> types = new HashSet<>();
        for (Type type : bean.types()) {
            if (type.isClass()) {
                types.add(type.asClass().declaration().name());
            } else if (type.isParameterizedType()) {
                types.add(type.asParameterizedType().declaration().name());
            }
        }
        Set<String> qualifiers = new HashSet<>();
        bean.qualifiers().forEach(qualifier -> qualifiers.add(qualifier.name()));
        String beanClass = bean.declaringClass().name();
        boolean standsFor = RestClientScanner.standsForRestClient(beanClass, types, qualifiers, collector.restClients());
        if (standsFor) {
            collector.addRestClientBean(beanClass);
        }
        return standsFor;
    }

    private void checkProduced(Type producedType, String producer) {
        ClassInfo produced = producedType.isClass() ? producedType.asClass().declaration()
                : producedType.isParameterizedType() ? producedType.asParameterizedType().declaration() : null;
        if (produced == null || produced.isInterface() || !ClassInfoReader.mentionsAny(produced)) {
            return;
        }
        ClassView view = ClassInfoReader.of(produced);
        collector.addProblems(ClassScanner.scanProduced(view, producer));
    }

    /**
     * @param components where synthetic beans are added
     */
    @Synthesis
    public void carry(SyntheticComponents components) {
        DeploymentModel model = collector.model();
        SyntheticBeanBuilder<DeploymentModel> bean = components.addBean(DeploymentModel.class)
                .type(DeploymentModel.class)
                .scope(Dependent.class)
                .createWith(LiteModelParameters.Creator.class);
        LiteModelParameters.write(model, bean);
        if (OptionalApi.MICROPROFILE_HEALTH.isPresent(Thread.currentThread().getContextClassLoader())) {
            LiteHealthBeans.addTo(components, OwnCheckRule.checkedNames(model, buildTimeConfig()));
        }
    }

    /**
     * @param messages where problems are reported
     */
    @Validation
    public void validate(Messages messages) {
        for (String problem : collector.validate(buildTimeConfig())) {
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
