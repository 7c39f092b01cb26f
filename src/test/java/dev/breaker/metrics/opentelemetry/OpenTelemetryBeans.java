package dev.breaker.metrics.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code OpenTelemetry} bean of MicroProfile Telemetry, made from an SDK the test holds: like Open
 * Liberty's, it outlives the application, so the test can see what the application left behind.
 */
@ApplicationScoped
public class OpenTelemetryBeans {
    /** What the next deployment produces. */
    public static final AtomicReference<OpenTelemetry> NEXT = new AtomicReference<>();

    @Produces
    @Singleton
    OpenTelemetry openTelemetry() {
        return NEXT.get();
    }
}
