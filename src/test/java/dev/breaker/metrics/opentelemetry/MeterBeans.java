package dev.breaker.metrics.opentelemetry;

import io.opentelemetry.api.metrics.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@code Meter} bean and no {@code OpenTelemetry} bean: what an application that produces only its
 * meter gives the library, which API.md says is enough.
 */
@ApplicationScoped
public class MeterBeans {
    /** What the next deployment produces. */
    public static final AtomicReference<Meter> NEXT = new AtomicReference<>();

    @Produces
    @Singleton
    Meter meter() {
        return NEXT.get();
    }
}
