package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.BreakerClock;
import dev.breaker.BreakerStateChanged;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.config.ApplicationKeys;
import dev.breaker.config.ApplicationResolver;
import dev.breaker.config.BreakerKeys;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.MemberValues;
import dev.breaker.config.HealthMode;
import dev.breaker.config.Message;
import dev.breaker.config.ResolvedBreaker;
import dev.breaker.config.BreakerResolver;
import dev.breaker.core.BreakerRegistry;
import dev.breaker.core.EngineAccess;
import dev.breaker.core.StateMachine;
import dev.breaker.core.SystemClock;
import dev.breaker.deployment.DeploymentModel;
import dev.breaker.health.BreakerHealthSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The {@link CircuitBreakerRegistry} of a CDI application: the very breakers that {@code @Breaker}
 * methods use. Every breaker found at deployment is created at start-up, before the application's
 * own start-up observers run, so it is in health and metrics before the first call.
 *
 * <p>Settings are resolved here, at start-up, on the deployment's thread and with the application's
 * class loader, and the configuration read then is kept for breakers created later: on some servers a
 * lookup from a foreign thread (a health check's, say) does not see the application's properties.
 * Each transition is fired as a synchronous {@link BreakerStateChanged} event, after it and outside
 * any lock; an observer that throws is logged and never fails the call. When the application declares
 * a {@link BreakerClock} bean, every breaker uses it (tests drive timeouts with it).
 *
 * <p>It also resolves the breaker of each method {@link BreakerInterceptor} intercepts, once per bean
 * class and method for the whole application ({@link InterceptedMethods}).
 */
@ApplicationScoped
public class ApplicationRegistry implements CircuitBreakerRegistry, BreakerHealthSource {
    private static final Logger LOG = System.getLogger("dev.breaker");
    private static final int MAX_BREAKERS = 10_000;
    /** Below this, a healthy but slow dependency's trials may all be overdue: a breaker then never closes. */
    private static final Duration SHORTEST_SAFE_TIMEOUT = Duration.ofSeconds(1);

    private DeploymentModel model;
    private Event<BreakerStateChanged> events;
    private BreakerClock clock;
    private ClassLoader applicationLoader;
    private BreakerResolver resolver;
    private BreakerRegistry breakers;
    private InterceptedMethods<MethodBreaker> intercepted;
    private RestClientCalls restClients;
    private final Map<String, ResolvedBreaker> settings = new ConcurrentHashMap<>();
    private final Map<String, MemberValues> foundAtFirstCall = new ConcurrentHashMap<>();

    /** For the container's client proxy only. */
    protected ApplicationRegistry() {
    }

    /**
     * @param model what the extension found at deployment: the breakers are used here
     * @param events where transitions are fired
     * @param clocks the application's clock, if it declares one
     */
    @Inject
    public ApplicationRegistry(DeploymentModel model, Event<BreakerStateChanged> events,
            Instance<BreakerClock> clocks) {
        this.model = model;
        this.events = events;
        this.clock = clocks.isResolvable() ? clocks.get() : BreakerClock.system();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        this.applicationLoader = context != null ? context : ApplicationRegistry.class.getClassLoader();
        this.resolver = new BreakerResolver(ConfigLookup.ofApplication(applicationLoader));
        this.breakers = new BreakerRegistry(this::create, MAX_BREAKERS);
        this.restClients = new RestClientCalls(model.restClients(), model.restClientBeans());
        this.intercepted = new InterceptedMethods<>(this::breakerOf);
    }

    /**
     * Creates every breaker found at deployment. A value that configuration gives at run time and that
     * is not allowed stops the start-up here (in CDI Full the extension has already checked it).
     *
     * @param startup the event of the application's start
     */
    void createDeclared(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            Object startup) {
        List<String> problems = new ArrayList<>();
        for (String name : model.breakerNames()) {
            try {
                get(name);
            } catch (IllegalStateException | IllegalArgumentException invalid) {
                problems.add(invalid.getMessage());
            }
        }
        // The answer to a rejection over HTTP, read again now: Quarkus checked the build's configuration.
        problems.addAll(new ApplicationResolver(ConfigLookup.ofApplication(applicationLoader))
                .resolve(ApplicationKeys.JAXRS_MAP_REJECTIONS).problems());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(Message.STARTUP_FAILED.format("\n  " + String.join("\n  ", problems)));
        }
        LOG.log(Level.DEBUG, () -> "Circuit breakers created at start-up: " + model.breakerNames());
    }

    /**
     * Ends the thread that keeps the system clock's recent readings, so that nothing of the application
     * outlives it; another application's next call starts it again.
     */
    @PreDestroy
    void stop() {
        SystemClock.INSTANCE.stopTicking();
    }

    @Override
    public CircuitBreaker get(String name) {
        return breakers.get(name);
    }

    @Override
    public Optional<CircuitBreaker> find(String name) {
        return breakers.find(name);
    }

    @Override
    public Collection<CircuitBreaker> all() {
        return breakers.all();
    }

    /**
     * For the metrics export; public so that every container's client proxy forwards it. Tells the watcher
     * of every breaker there is, then of each one created later, after its creation; a breaker created
     * meanwhile may be told twice.
     *
     * @param watcher hears of each breaker
     */
    public void watch(Consumer<CircuitBreaker> watcher) {
        breakers.watch(watcher);
    }

    /**
     * For the metrics export; public so that every container's client proxy forwards it.
     *
     * @param watcher no longer told of new breakers
     */
    public void unwatch(Consumer<CircuitBreaker> watcher) {
        breakers.unwatch(watcher);
    }

    /**
     * @param name a breaker name
     * @return the settings the breaker of that name was created with; empty when it does not exist
     */
    public Optional<ResolvedBreaker> settingsOf(String name) {
        return Optional.ofNullable(name == null ? null : settings.get(name));
    }

    @Override
    public HealthMode healthOf(String name) {
        return settingsOf(name).map(ResolvedBreaker::health).orElse(HealthMode.READINESS);
    }

    /**
     * For the library's interceptor; public so that every container's client proxy forwards it.
     *
     * @return the breaker of each intercepted method
     */
    public InterceptedMethods<MethodBreaker> interceptedMethods() {
        return intercepted;
    }

    /**
     * For the library's retry; public so that every container's client proxy forwards it.
     *
     * @param method a method that a {@code @Breaker} applies to
     * @param targetClass the class of the intercepted instance
     * @return the state machine of its breaker, the one {@link BreakerInterceptor} uses; {@code null} for
     *     a method the breaker lets run untouched
     */
    public StateMachine machineOf(Method method, Class<?> targetClass) {
        return breakerOf(method, targetClass).machine;
    }

    /**
     * The breaker of an intercepted method, named by the {@code @Breaker} that applies to it: for a call on
     * a REST client, as the interface says ({@link InterceptedMethod}).
     */
    private MethodBreaker breakerOf(Method invoked, Class<?> targetClass) {
        InterceptedMethod method = InterceptedMethod.of(invoked, targetClass, restClients);
        if (method.passesThrough()) {
            return MethodBreaker.NONE;
        }
        Breaker binding = method.annotation(Breaker.class);
        String name = binding == null || binding.name().isEmpty() ? method.defaultName() : binding.name();
        if (!isDeclared(name) && breakers.find(name).isEmpty()) {
            // Bound in a way the deployment scan does not read (a stereotype, another extension).
            LOG.log(Level.INFO, "Circuit breaker ''{0}'' of {1} was not found at deployment; created at its first call",
                    name, method.method());
            foundAtFirstCall.putIfAbsent(name, binding == null ? MemberValues.NONE : MemberValues.read(binding, BreakerKeys.FAMILY));
        }
        return new MethodBreaker(EngineAccess.machineOf(get(name)), method.returnsStage(), method.returnsUni(),
                method.restClientCall());
    }

    private boolean isDeclared(String name) {
        return model.breakerNames().contains(name);
    }

    private CircuitBreaker create(String name) {
        MemberValues values = isDeclared(name) ? model.membersOf(name)
                : foundAtFirstCall.getOrDefault(name, MemberValues.NONE);
        ResolvedBreaker resolved = resolver.resolve(name, values).orThrow();
        if (resolved.timeout().compareTo(SHORTEST_SAFE_TIMEOUT) < 0) {
            LOG.log(Level.WARNING, "Circuit breaker ''{0}'' has a timeout of {1} ms. The open timeout is also how long"
                    + " a trial call may run before it counts as failed, so a dependency that answers more slowly than"
                    + " that can never close the breaker. A timeout of at least 1 s is safer.", name,
                    resolved.timeout().toMillis());
        }
        CircuitBreaker breaker = CircuitBreaker.builder(name)
                .settings(resolved.toBreakerSettings(applicationLoader))
                .clock(clock)
                .listener(events::fire)
                .build();
        settings.put(name, resolved);
        return breaker;
    }
}
