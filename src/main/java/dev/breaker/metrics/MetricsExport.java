package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import dev.breaker.cdi.ApplicationRegistry;
import dev.breaker.cdi.CompanionResolver;
import dev.breaker.config.ApplicationKeys;
import dev.breaker.config.ApplicationResolver;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.Message;
import dev.breaker.config.MetricsBackend;
import dev.breaker.config.MetricsChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Exports every breaker, retry and fallback through the metrics backend {@code breaker.metrics} chooses:
 * at start-up, those found at deployment (with zeros, before their first call); afterwards, each breaker
 * the registry creates, as it is created. The meters read the counters the breakers keep anyway.
 *
 * <p>A backend is found the way an application would find it: its API on the class path (probed by name,
 * {@link dev.breaker.config.OptionalApi}), then its bean, looked up by the class so loaded. Nothing here
 * names a type of a metrics API; the bean is handed as an {@code Object} to the backend's binding, the
 * one class that does. With {@code auto}, the first backend found is the only one bound: two backends on
 * one Micrometer registry (MicroProfile Metrics implementations are built on one) would clash.
 *
 * <p>A backend that {@code breaker.metrics} names but that is not there stops the start-up with the
 * library's message. The meters are removed when the application stops, before its context is destroyed.
 */
@ApplicationScoped
public class MetricsExport {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private ApplicationRegistry breakers;
    private CompanionResolver companions;
    private BeanManager beans;
    private final List<BackendMeters> bound = new ArrayList<>();
    private final Consumer<CircuitBreaker> breakerWatcher = this::addBreaker;
    private final BiConsumer<String, LongAdder> retryWatcher = this::addRetries;
    private final BiConsumer<String, LongAdder> fallbackWatcher = this::addFallbackAnswers;

    /** For the container's client proxy only. */
    protected MetricsExport() {
    }

    /**
     * @param breakers the application's breakers
     * @param companions the counts of its retries and fallbacks
     * @param beans where the backends' beans are looked up
     */
    @Inject
    public MetricsExport(ApplicationRegistry breakers, CompanionResolver companions, BeanManager beans) {
        this.breakers = breakers;
        this.companions = companions;
        this.beans = beans;
    }

    /**
     * Binds the backends chosen and hands them everything there is to export.
     *
     * @param startup the event of the application's start
     * @throws IllegalStateException with the library's message, when {@code breaker.metrics} is not allowed
     *     or names a backend that is not there
     */
    void start(@Observes Startup startup) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        MetricsChoice choice = new ApplicationResolver(ConfigLookup.ofApplication(
                context != null ? context : MetricsExport.class.getClassLoader())).resolve(ApplicationKeys.METRICS).orThrow();
        List<String> problems = new ArrayList<>(0);
        for (MetricsBackend backend : choice.backends()) {
            Optional<BackendMeters> meters = bind(backend, choice, problems);
            meters.ifPresent(bound::add);
            if (choice.auto() && meters.isPresent()) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            closeAll();
            throw new IllegalStateException(String.join("\n", problems));
        }
        if (bound.isEmpty()) {
            LOG.log(Level.DEBUG, () -> "breaker.metrics = " + choice + ": no metrics backend to export through");
            return;
        }
        breakers.watch(breakerWatcher);
        companions.retryCounts().watch(retryWatcher);
        companions.fallbackCounts().watch(fallbackWatcher);
        LOG.log(Level.INFO, "Circuit breakers, retries and fallbacks exported through {0}", bound);
    }

    private Optional<BackendMeters> bind(MetricsBackend backend, MetricsChoice choice, List<String> problems) {
        ClassLoader library = MetricsExport.class.getClassLoader();
        if (!backend.api().isPresent(library)) {
            if (!choice.auto()) {
                problems.add(Message.METRICS_API_ABSENT.format(choice, backend.configValue(), backend.api().typeName(),
                        backend.advice()));
            }
            return Optional.empty();
        }
        Optional<Object> entry = switch (backend) {
            case MICROMETER -> find("io.micrometer.core.instrument.MeterRegistry");
            case MICROPROFILE_METRICS -> find("org.eclipse.microprofile.metrics.MetricRegistry",
                    MicroProfileMetricsBinding.APPLICATION_REGISTRY);
            case OPENTELEMETRY -> find("io.opentelemetry.api.OpenTelemetry")
                    .or(() -> find("io.opentelemetry.api.metrics.Meter"));
        };
        if (entry.isEmpty()) {
            if (!choice.auto()) {
                problems.add(Message.METRICS_BEAN_MISSING.format(choice, backend.configValue(), backend.entryBean(),
                        backend.advice()));
            } else {
                LOG.log(Level.DEBUG, () -> "breaker.metrics = auto: the API of " + backend.configValue()
                        + " is present but no " + backend.entryBean() + " bean can be found");
            }
            return Optional.empty();
        }
        return Optional.of(switch (backend) {
            case MICROMETER -> MicrometerBinding.bind(entry.get());
            case MICROPROFILE_METRICS -> MicroProfileMetricsBinding.bind(entry.get());
            case OPENTELEMETRY -> OpenTelemetryBinding.bind(entry.get());
        });
    }

    /** The one bean of the type named, looked up by the class loaded here, so that nothing here links it. */
    private Optional<Object> find(String typeName, Annotation... qualifiers) {
        Class<?> type;
        try {
            type = Class.forName(typeName, false, MetricsExport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return Optional.empty();
        }
        Instance<?> found = beans.createInstance().select(type, qualifiers);
        return found.isResolvable() ? Optional.of(found.get()) : Optional.empty();
    }

    private synchronized void addBreaker(CircuitBreaker breaker) {
        bound.forEach(meters -> meters.addBreaker(breaker));
    }

    private synchronized void addRetries(String method, LongAdder count) {
        bound.forEach(meters -> meters.addRetries(method, count));
    }

    private synchronized void addFallbackAnswers(String method, LongAdder count) {
        bound.forEach(meters -> meters.addFallbackAnswers(method, count));
    }

    /**
     * Removes every meter while the application's beans still work: a backend that outlives the application
     * (Open Liberty's OpenTelemetry SDK) would otherwise go on reading breakers that are gone.
     *
     * @param stopping the event that the application's context is about to end
     */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (bound.isEmpty()) {
            return;
        }
        breakers.unwatch(breakerWatcher);
        companions.retryCounts().unwatch(retryWatcher);
        companions.fallbackCounts().unwatch(fallbackWatcher);
        closeAll();
    }

    private synchronized void closeAll() {
        bound.forEach(BackendMeters::close);
        bound.clear();
    }
}
