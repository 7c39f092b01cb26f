package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Registers the meters with a Micrometer {@link MeterRegistry} bean. Loaded only when Micrometer is on
 * the class path.
 *
 * <p>Through the registry's convenience methods only ({@code more().counter(name, tags, obj, f)},
 * {@code gauge(name, tags, obj, f)}), never through builders: WildFly's per-deployment registry forwards
 * the convenience methods to the registry it exports and keeps what builders register to itself. Both
 * hold the object they read weakly: they are given the breaker or the counter itself, which the
 * application keeps for its whole life, never a wrapper made for the purpose.
 */
final class MicrometerBinding extends BackendMeters {
    private final MeterRegistry registry;
    private final List<Meter> registered = new ArrayList<>();

    private MicrometerBinding(MeterRegistry registry) {
        super("micrometer (" + registry.getClass().getName() + ")");
        this.registry = registry;
    }

    /**
     * @param registry the application's {@code MeterRegistry} bean
     * @return the meters, to hand breakers and counts to
     */
    static BackendMeters bind(Object registry) {
        return new MicrometerBinding((MeterRegistry) registry);
    }

    @Override
    void registerBreaker(CircuitBreaker breaker) {
        Tags name = Tags.of("name", breaker.name());
        for (Readings.Outcome outcome : Readings.Outcome.values()) {
            registered.add(registry.more().counter(ExportedMeter.CALLS.meterName(), name.and("outcome", outcome.tag()),
                    breaker, outcome::count));
        }
        for (CircuitState state : CircuitState.values()) {
            gauge(ExportedMeter.STATE, name.and("state", Readings.tagOf(state)), breaker, state);
        }
        registered.add(registry.more().counter(ExportedMeter.OPENED.meterName(), name, breaker, Readings::opened));
        if (Readings.hasFailureRatio(breaker)) {
            registry.gauge(ExportedMeter.FAILURE_RATIO.meterName(), name, breaker, Readings::failureRatio);
            remember(ExportedMeter.FAILURE_RATIO, name);
        }
    }

    private void gauge(ExportedMeter meter, Tags tags, CircuitBreaker breaker, CircuitState state) {
        registry.gauge(meter.meterName(), tags, breaker, b -> Readings.stateValue(b, state));
        remember(meter, tags);
    }

    /** A gauge's convenience method returns the object it reads, not the gauge: find it to remove it later. */
    private void remember(ExportedMeter meter, Tags tags) {
        Meter gauge = registry.find(meter.meterName()).tags(tags).gauge();
        if (gauge != null) {
            registered.add(gauge);
        }
    }

    @Override
    void registerCount(ExportedMeter meter, String method, LongAdder count) {
        registered.add(registry.more().counter(meter.meterName(), Tags.of("method", method), count, LongAdder::sum));
    }

    @Override
    void unregisterAll() {
        for (Meter meter : registered) {
            registry.remove(meter);
        }
        registered.clear();
    }
}
