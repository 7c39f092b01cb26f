package dev.breaker.metrics;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Registers the meters with OpenTelemetry (MicroProfile Telemetry 2), on the meter {@code dev.breaker} of
 * the {@link OpenTelemetry} bean, or on the {@link Meter} bean where there is no {@code OpenTelemetry} one.
 * Loaded only when its API is on the class path.
 *
 * <p>One asynchronous instrument per meter, whose callback reads every breaker and count handed over so
 * far: a breaker created later needs no registration of its own. The callbacks read only objects of this
 * class, never a CDI client proxy: an SDK that outlives the application (Open Liberty's) or flushes at its
 * shutdown (Quarkus's) would call them through a dead context. They are closed when the application stops.
 */
final class OpenTelemetryBinding extends BackendMeters {
    /** The instrumentation scope of the meters. */
    static final String SCOPE = "dev.breaker";

    private static final AttributeKey<String> NAME = AttributeKey.stringKey("name");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
    private static final AttributeKey<String> STATE = AttributeKey.stringKey("state");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("method");

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> fallbackAnswers = new ConcurrentHashMap<>();
    private final List<AutoCloseable> instruments;

    private OpenTelemetryBinding(Meter meter, String description) {
        super(description);
        this.instruments = List.of(
                meter.counterBuilder(ExportedMeter.CALLS.meterName()).setDescription(ExportedMeter.CALLS.description())
                        .buildWithCallback(measurement -> {
                            for (CircuitBreaker breaker : breakers.values()) {
                                for (Readings.Outcome outcome : Readings.Outcome.values()) {
                                    measurement.record(outcome.count(breaker),
                                            Attributes.of(NAME, breaker.name(), OUTCOME, outcome.tag()));
                                }
                            }
                        }),
                meter.gaugeBuilder(ExportedMeter.STATE.meterName()).setDescription(ExportedMeter.STATE.description())
                        .ofLongs().buildWithCallback(measurement -> {
                            for (CircuitBreaker breaker : breakers.values()) {
                                CircuitState now = breaker.state();
                                for (CircuitState state : CircuitState.values()) {
                                    measurement.record(now == state ? 1 : 0,
                                            Attributes.of(NAME, breaker.name(), STATE, Readings.tagOf(state)));
                                }
                            }
                        }),
                meter.counterBuilder(ExportedMeter.OPENED.meterName()).setDescription(ExportedMeter.OPENED.description())
                        .buildWithCallback(measurement -> {
                            for (CircuitBreaker breaker : breakers.values()) {
                                measurement.record(Readings.opened(breaker), Attributes.of(NAME, breaker.name()));
                            }
                        }),
                meter.gaugeBuilder(ExportedMeter.FAILURE_RATIO.meterName())
                        .setDescription(ExportedMeter.FAILURE_RATIO.description())
                        .buildWithCallback(measurement -> {
                            for (CircuitBreaker breaker : breakers.values()) {
                                if (Readings.hasFailureRatio(breaker)) {
                                    measurement.record(Readings.failureRatio(breaker), Attributes.of(NAME, breaker.name()));
                                }
                            }
                        }),
                counts(meter, ExportedMeter.RETRIES, retries),
                counts(meter, ExportedMeter.FALLBACK_ANSWERS, fallbackAnswers));
    }

    private static AutoCloseable counts(Meter meter, ExportedMeter exported, Map<String, LongAdder> counts) {
        return meter.counterBuilder(exported.meterName()).setDescription(exported.description())
                .buildWithCallback(measurement -> counts.forEach((method, count) ->
                        measurement.record(count.sum(), Attributes.of(METHOD, method))));
    }

    /**
     * @param entry the application's {@code OpenTelemetry} bean, or its {@code Meter} bean
     * @return the meters, to hand breakers and counts to
     */
    static BackendMeters bind(Object entry) {
        if (entry instanceof Meter meter) {
            return new OpenTelemetryBinding(meter, "opentelemetry (Meter " + meter.getClass().getName() + ")");
        }
        OpenTelemetry openTelemetry = (OpenTelemetry) entry;
        Meter meter = openTelemetry.getMeter(SCOPE);
        return new OpenTelemetryBinding(meter, "opentelemetry (" + openTelemetry.getClass().getName() + ", meter "
                + meter.getClass().getName() + ")");
    }

    @Override
    void registerBreaker(CircuitBreaker breaker) {
        breakers.put(breaker.name(), breaker);
    }

    @Override
    void registerCount(ExportedMeter meter, String method, LongAdder count) {
        (meter == ExportedMeter.RETRIES ? retries : fallbackAnswers).put(method, count);
    }

    @Override
    void unregisterAll() {
        for (AutoCloseable instrument : instruments) {
            try {
                instrument.close();
            } catch (Exception ignored) {
                // An instrument that cannot be closed is no reason to fail the application's shutdown.
            }
        }
        breakers.clear();
        retries.clear();
        fallbackAnswers.clear();
    }
}
