package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.CircuitState;
import dev.breaker.RetrySettings;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.FallbackResolver;
import dev.breaker.config.Message;
import dev.breaker.config.ResolvedRetry;
import dev.breaker.config.RetryResolver;
import dev.breaker.config.MemberValues;
import dev.breaker.config.RetryKeys;
import dev.breaker.core.NamedCounts;
import dev.breaker.core.StateMachine;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.DeploymentValidator;
import dev.breaker.deployment.FallbackMethod;
import dev.breaker.deployment.FallbackRule;
import dev.breaker.deployment.MethodView;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The retry and the fallback of each intercepted method, resolved once per bean class and method for
 * the whole application ({@link InterceptedMethods}), never per call nor per bean instance.
 *
 * <p>Configuration is read here, on the deployment's thread and with the application's class loader,
 * and kept. At start-up, before the application's own start-up observers run, every setting of every
 * method found at deployment is checked again against the configuration of that moment (in Quarkus the
 * extension checked the build's): a value not allowed stops the application before it serves anything.
 */
@ApplicationScoped
public class CompanionResolver {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private DeploymentModel model;
    private ApplicationRegistry breakers;
    private RetryScheduler waits;
    private ConfigLookup config;
    private RetryResolver retryResolver;
    private FallbackResolver fallbackResolver;
    private InterceptedMethods<MethodRetry> retries;
    private InterceptedMethods<MethodFallback> fallbacks;
    private RestClientCalls restClients;
    private RestClientReceivers receivers;
    private final NamedCounts retryCounts = new NamedCounts();
    private final NamedCounts fallbackCounts = new NamedCounts();

    /** For the container's client proxy only. */
    protected CompanionResolver() {
    }

    /**
     * @param model what the extension found at deployment: the retries and fallbacks are used here
     * @param breakers the application's breakers: a retry stops when its method's breaker opens
     * @param waits where retries wait
     * @param beans where the fallback of a call on a REST client finds a client to run on, when the
     *     runtime hands none ({@link RestClientReceivers})
     */
    @Inject
    public CompanionResolver(DeploymentModel model, ApplicationRegistry breakers, RetryScheduler waits,
            BeanManager beans) {
        this.model = model;
        this.restClients = new RestClientCalls(model.restClients(), model.restClientBeans());
        this.receivers = new RestClientReceivers(beans);
        this.breakers = breakers;
        this.waits = waits;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.config = ConfigLookup.ofApplication(context != null ? context : CompanionResolver.class.getClassLoader());
        this.retryResolver = new RetryResolver(config);
        this.fallbackResolver = new FallbackResolver(config);
        this.retries = new InterceptedMethods<>(this::retryOf);
        this.fallbacks = new InterceptedMethods<>(this::fallbackOf);
        // Counted from the start, so that they are exported with zeros before the first call.
        model.retries().forEach(retry -> retryCounts.of(retry.name()));
        model.fallbacks().forEach(fallback -> fallbackCounts.of(fallback.name()));
    }

    /**
     * Checks every retry and fallback setting found at deployment against the configuration now.
     *
     * @param startup the event of the application's start
     */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            Object startup) {
        List<String> problems = DeploymentValidator.validateCompanions(model, config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    Message.COMPANION_STARTUP_FAILED.format("\n  " + String.join("\n  ", problems)));
        }
    }

    /**
     * For the library's interceptor; public so that every container's client proxy forwards it.
     *
     * @return how each intercepted method is retried
     */
    public InterceptedMethods<MethodRetry> retries() {
        return retries;
    }

    /**
     * For the library's interceptor; public so that every container's client proxy forwards it.
     *
     * @return the fallback of each intercepted method
     */
    public InterceptedMethods<MethodFallback> fallbacks() {
        return fallbacks;
    }

    /**
     * For the metrics export; public so that every container's client proxy forwards it.
     *
     * @return how often each {@code @RetryWithBackoff} method retried (attempts beyond the first), by
     *     {@code <fully.qualified.Class>.<method>}
     */
    public NamedCounts retryCounts() {
        return retryCounts;
    }

    /**
     * For the metrics export; public so that every container's client proxy forwards it.
     *
     * @return how often each {@code @WithFallback} method's fallback answered, by
     *     {@code <fully.qualified.Class>.<method>}
     */
    public NamedCounts fallbackCounts() {
        return fallbackCounts;
    }

    /**
     * How a method is retried: its own {@code @RetryWithBackoff}, else its type's (for a call on a REST
     * client, the interface's: {@link InterceptedMethod}). When the method has a {@code @Breaker} too,
     * the run stops between attempts once that breaker is OPEN.
     */
    private MethodRetry retryOf(Method invoked, Class<?> targetClass) {
        InterceptedMethod method = InterceptedMethod.of(invoked, targetClass, restClients);
        String name = method.defaultName();
        if (method.passesThrough()) {
            return new MethodRetry(false, method.returnsStage(), method.returnsUni(), RetrySettings.defaults(), waits,
                    () -> false, new LongAdder());
        }
        RetryWithBackoff binding = method.annotation(RetryWithBackoff.class);
        if (binding == null) {
            // Bound in a way reflection does not show (a stereotype, another extension): the defaults.
            LOG.log(Level.WARNING, "@RetryWithBackoff of {0} is not visible to reflection; retried with configuration"
                    + " and built-in defaults", method.method());
        }
        MemberValues values = binding == null ? MemberValues.NONE : MemberValues.read(binding, RetryKeys.FAMILY);
        ResolvedRetry resolved = retryResolver.resolve(name, values).orThrow();
        StateMachine breaker = method.annotation(Breaker.class) == null ? null : breakers.machineOf(invoked, targetClass);
        BooleanSupplier breakerOpen = breaker == null ? () -> false : () -> breaker.state() == CircuitState.OPEN;
        return new MethodRetry(resolved.enabled(), method.returnsStage(), method.returnsUni(),
                resolved.toRetrySettings(binding == null ? List.of() : List.of(binding.retryOn()),
                        binding == null ? List.of() : List.of(binding.abortOn())), waits, breakerOpen,
                retryCounts.of(name));
    }

    /**
     * The fallback of a method, found through the same check the deployment ran: in the bean class, or
     * for a call on a REST client, in its interface.
     *
     * @throws IllegalStateException when the fallback method does not fit, which deployment has
     *     already reported unless the annotation was added where the deployment scan did not look
     */
    private MethodFallback fallbackOf(Method invoked, Class<?> targetClass) {
        InterceptedMethod intercepted = InterceptedMethod.of(invoked, targetClass, restClients);
        if (intercepted.passesThrough()) {
            return MethodFallback.OFF;
        }
        Method method = intercepted.method();
        WithFallback binding = method.getAnnotation(WithFallback.class);
        if (binding == null) {
            LOG.log(Level.WARNING, "@WithFallback of {0} is not visible to reflection, so its fallback method is"
                    + " unknown; the method runs without one", method);
            return MethodFallback.OFF;
        }
        String name = intercepted.defaultName();
        boolean enabled = fallbackResolver.isEnabled(name);
        boolean async = intercepted.returnsStage();
        MethodView protectedMethod = AnnotatedTypeReader.of(method, method::getAnnotation);
        if (intercepted.restClientCall()) {
            Class<?> client = intercepted.type();
            FallbackMethod chosen = FallbackRule.checkRestClient(AnnotatedTypeReader.ofInterface(client),
                    protectedMethod, protectedMethod.fallback().orElseThrow()).orThrow();
            Method fallback = findInInterfaces(client, chosen.method());
            return forUni(intercepted, fallback, MethodFallback.ofRestClient(enabled, async, bodyOf(fallback),
                    Modifier.isStatic(fallback.getModifiers()), receivers.of(client), chosen.receivesFailure(),
                    List.of(binding.applyOn()), List.of(binding.skipOn()), fallbackCounts.of(name)));
        }
        ClassView bean = AnnotatedTypeReader.of(targetClass);
        FallbackMethod chosen = FallbackRule.check(bean, protectedMethod, protectedMethod.fallback().orElseThrow())
                .orThrow();
        Method fallback = find(targetClass, chosen.method());
        fallback.setAccessible(true); // a private fallback is a fine way to keep it out of the bean's API
        return forUni(intercepted, fallback, new MethodFallback(enabled, async, fallback, chosen.receivesFailure(),
                List.of(binding.applyOn()), List.of(binding.skipOn()), fallbackCounts.of(name)));
    }

    /** For a method returning a {@code Uni}: the fallback returns the item, or a {@code Uni} of it. */
    private static MethodFallback forUni(InterceptedMethod intercepted, Method fallback, MethodFallback resolved) {
        return intercepted.returnsUni() ? resolved.forUni(InterceptedMethodReader.returnsUni(fallback)) : resolved;
    }

    /**
     * The body of a REST client interface's method, called as {@code invokespecial} would: the
     * interface's own code, not whatever the client's proxy does when that method is called on it.
     */
    private static MethodHandle bodyOf(Method fallback) {
        Class<?> owner = fallback.getDeclaringClass();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            return Modifier.isStatic(fallback.getModifiers()) ? lookup.unreflect(fallback)
                    : lookup.unreflectSpecial(fallback, owner);
        } catch (IllegalAccessException notAccessible) {
            throw new IllegalStateException("The fallback method " + fallback + " cannot be called", notAccessible);
        }
    }

    private static Method findInInterfaces(Class<?> client, MethodView view) {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(client));
        while (!pending.isEmpty()) {
            Class<?> c = pending.removeFirst();
            if (c.getName().equals(view.declaringClass())) {
                for (Method candidate : c.getDeclaredMethods()) {
                    if (AnnotatedTypeReader.keyOf(candidate).equals(view.key())) {
                        return candidate;
                    }
                }
            }
            pending.addAll(List.of(c.getInterfaces()));
        }
        throw new IllegalStateException("The fallback method " + view.place() + " was checked but cannot be found");
    }

    private static Method find(Class<?> targetClass, MethodView view) {
        for (Class<?> c = targetClass; c != null; c = c.getSuperclass()) {
            if (!c.getName().equals(view.declaringClass())) {
                continue;
            }
            for (Method candidate : c.getDeclaredMethods()) {
                if (AnnotatedTypeReader.keyOf(candidate).equals(view.key())) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("The fallback method " + view.place() + " was checked but cannot be found");
    }
}
