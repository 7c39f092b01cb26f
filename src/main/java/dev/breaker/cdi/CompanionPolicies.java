package dev.breaker.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.Message;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.FallbackResolver;
import dev.breaker.config.ResolvedRetry;
import dev.breaker.config.RetryResolver;
import dev.breaker.config.RetryValues;
import dev.breaker.deployment.CompanionClassView;
import dev.breaker.deployment.CompanionMethodView;
import dev.breaker.deployment.CompanionValidator;
import dev.breaker.deployment.DeclaredCompanions;
import dev.breaker.deployment.FallbackMatch;
import dev.breaker.deployment.FallbackMethodCheck;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The retry and the fallback of each intercepted method, resolved once per bean class and method
 * (interceptors then keep them per instance, see {@link SeenMethods}), never per call.
 *
 * <p>Configuration is read here, on the deployment's thread and with the application's class loader,
 * and kept. At start-up, before the application's own start-up observers run, every setting of every
 * method found at deployment is checked again against the configuration of that moment (in Quarkus the
 * extension checked the build's): a value not allowed stops the application before it serves anything.
 */
@ApplicationScoped
public class CompanionPolicies {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private DeclaredCompanions declared;
    private RetryScheduler waits;
    private ConfigLookup config;
    private RetryResolver retryResolver;
    private FallbackResolver fallbackResolver;
    private final Map<MethodOfClass, MethodRetry> retries = new ConcurrentHashMap<>();
    private final Map<MethodOfClass, MethodFallback> fallbacks = new ConcurrentHashMap<>();

    /** For the container's client proxy only. */
    protected CompanionPolicies() {
    }

    /**
     * @param declared the methods the extension found at deployment
     * @param waits where retries wait
     */
    @Inject
    public CompanionPolicies(DeclaredCompanions declared, RetryScheduler waits) {
        this.declared = declared;
        this.waits = waits;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.config = ConfigLookup.ofApplication(context != null ? context : CompanionPolicies.class.getClassLoader());
        this.retryResolver = new RetryResolver(config);
        this.fallbackResolver = new FallbackResolver(config);
    }

    /**
     * Checks every retry and fallback setting found at deployment against the configuration now.
     *
     * @param startup the event of the application's start
     */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            Object startup) {
        List<String> problems = CompanionValidator.validate(declared, config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(Message.COMPANION_STARTUP_FAILED.format("\n  " + String.join("\n  ", problems)));
        }
    }

    /**
     * For the library's interceptor; public so that every container's client proxy forwards it.
     *
     * @param method the intercepted method
     * @param targetClass the class of the intercepted instance
     * @return how it is retried: its own {@code @RetryWithBackoff}, else its type's
     */
    public MethodRetry retryOf(Method method, Class<?> targetClass) {
        return retries.computeIfAbsent(new MethodOfClass(method, targetClass), key -> resolveRetry(method, targetClass));
    }

    /**
     * For the library's interceptor; public so that every container's client proxy forwards it.
     *
     * @param method the intercepted method
     * @param targetClass the class of the intercepted instance
     * @return its fallback
     * @throws IllegalStateException when the fallback method does not fit, which deployment has
     *     already reported unless the annotation was added where the deployment scan did not look
     */
    public MethodFallback fallbackOf(Method method, Class<?> targetClass) {
        return fallbacks.computeIfAbsent(new MethodOfClass(method, targetClass),
                key -> resolveFallback(method, targetClass));
    }

    private MethodRetry resolveRetry(Method method, Class<?> targetClass) {
        RetryWithBackoff binding = method.getAnnotation(RetryWithBackoff.class);
        if (binding == null) {
            binding = targetClass.getAnnotation(RetryWithBackoff.class);
        }
        String name = method.getDeclaringClass().getName() + "." + method.getName();
        if (binding == null) {
            // Bound in a way reflection does not show (a stereotype, another extension): the defaults.
            LOG.log(Level.WARNING, "@RetryWithBackoff of {0} is not visible to reflection; retried with configuration"
                    + " and built-in defaults", method);
        }
        RetryValues values = binding == null ? RetryValues.NONE : RetryValues.of(binding);
        ResolvedRetry resolved = retryResolver.resolve(name, values).orThrow();
        return new MethodRetry(name, resolved.enabled(), StageMethods.returnsStage(method),
                resolved.toRetrySettings(binding == null ? List.of() : List.of(binding.retryOn()),
                        binding == null ? List.of() : List.of(binding.abortOn())), waits);
    }

    private MethodFallback resolveFallback(Method method, Class<?> targetClass) {
        WithFallback binding = method.getAnnotation(WithFallback.class);
        if (binding == null) {
            LOG.log(Level.WARNING, "@WithFallback of {0} is not visible to reflection, so its fallback method is"
                    + " unknown; the method runs without one", method);
            return MethodFallback.OFF;
        }
        String name = method.getDeclaringClass().getName() + "." + method.getName();
        CompanionClassView bean = CompanionReflectionViews.of(targetClass);
        CompanionMethodView protectedMethod = CompanionReflectionViews.of(method, null, binding);
        FallbackMatch match = FallbackMethodCheck.check(bean, protectedMethod, protectedMethod.fallback().orElseThrow())
                .orThrow();
        Method fallback = find(targetClass, match.method());
        fallback.setAccessible(true); // a private fallback is a fine way to keep it out of the bean's API
        return new MethodFallback(fallbackResolver.isEnabled(name), StageMethods.returnsStage(method), fallback,
                match.receivesFailure(), List.of(binding.applyOn()), List.of(binding.skipOn()));
    }

    private static Method find(Class<?> targetClass, CompanionMethodView view) {
        for (Class<?> c = targetClass; c != null; c = c.getSuperclass()) {
            if (!c.getName().equals(view.declaringClass())) {
                continue;
            }
            for (Method candidate : c.getDeclaredMethods()) {
                if (CompanionReflectionViews.keyOf(candidate).equals(view.key())) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("The fallback method " + view.place() + " was checked but cannot be found");
    }

    /** A method as intercepted on instances of one class: a type-level annotation depends on the class. */
    private record MethodOfClass(Method method, Class<?> targetClass) {
    }
}
