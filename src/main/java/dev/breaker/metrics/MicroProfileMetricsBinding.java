package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import jakarta.enterprise.util.AnnotationLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

/**
 * Registers the meters with the application {@link MetricRegistry} of MicroProfile Metrics 5. Loaded
 * only when its API is on the class path.
 *
 * <p>MicroProfile Metrics has no counter that reads a value, so every meter is a gauge; a counter's gauge
 * is named {@code <name>.total}, which Payara and Open Liberty write as {@code <name>_total} in
 * Prometheus form, the name the other backends give it. Unit {@link MetricUnits#NONE}: no unit suffix.
 *
 * <p>The application registry is looked up with {@code @RegistryType(type = APPLICATION)}, deprecated in
 * MicroProfile Metrics 5.1 for {@code @RegistryScope}; but SmallRye Metrics produces the registry of a
 * {@code @RegistryScope} (and of {@code @Default}) from the injection point, which a lookup does not have,
 * and fails; {@code @RegistryType} works in every implementation tried (Payara, Open Liberty, SmallRye).
 */
@SuppressWarnings("deprecation") // @RegistryType: see above
final class MicroProfileMetricsBinding extends BackendMeters {
    /**
     * The qualifier of the application registry. Looked up with it rather than as {@code @Default}: SmallRye
     * Metrics' producer of the {@code @Default} registry reads the injection point, which a lookup has not.
     */
    static final Annotation APPLICATION_REGISTRY = new ApplicationRegistryType();

    private final MetricRegistry registry;
    private final List<MetricID> registered = new ArrayList<>();

    private MicroProfileMetricsBinding(MetricRegistry registry) {
        super("mp-metrics (" + registry.getClass().getName() + ")");
        this.registry = registry;
    }

    /**
     * @param registry the application's {@code MetricRegistry}
     * @return the meters, to hand breakers and counts to
     */
    static BackendMeters bind(Object registry) {
        return new MicroProfileMetricsBinding((MetricRegistry) registry);
    }

    @Override
    void registerBreaker(CircuitBreaker breaker) {
        Tag name = new Tag("name", breaker.name());
        for (Readings.Outcome outcome : Readings.Outcome.values()) {
            gauge(ExportedMeter.CALLS, breaker, outcome::count, name, new Tag("outcome", outcome.tag()));
        }
        for (CircuitState state : CircuitState.values()) {
            gauge(ExportedMeter.STATE, breaker, b -> Readings.stateValue(b, state), name,
                    new Tag("state", Readings.tagOf(state)));
        }
        gauge(ExportedMeter.OPENED, breaker, Readings::opened, name);
        if (Readings.hasFailureRatio(breaker)) {
            gauge(ExportedMeter.FAILURE_RATIO, breaker, Readings::failureRatio, name);
        }
    }

    @Override
    void registerCount(ExportedMeter meter, String method, LongAdder count) {
        gauge(meter, count, LongAdder::sum, new Tag("method", method));
    }

    private <T, R extends Number> void gauge(ExportedMeter meter, T read, Function<T, R> value, Tag... tags) {
        Metadata metadata = Metadata.builder().withName(meter.microProfileName()).withDescription(meter.description())
                .withUnit(MetricUnits.NONE).build();
        registry.gauge(metadata, read, value, tags);
        registered.add(new MetricID(meter.microProfileName(), tags));
    }

    @Override
    void unregisterAll() {
        for (MetricID id : registered) {
            registry.remove(id);
        }
        registered.clear();
    }

    /** {@code @RegistryType(type = APPLICATION)}. */
    @SuppressWarnings("all") // an annotation literal implements its annotation type
    private static final class ApplicationRegistryType extends AnnotationLiteral<RegistryType> implements RegistryType {
        private static final long serialVersionUID = 1L;

        @Override
        public MetricRegistry.Type type() {
            return MetricRegistry.Type.APPLICATION;
        }
    }
}
