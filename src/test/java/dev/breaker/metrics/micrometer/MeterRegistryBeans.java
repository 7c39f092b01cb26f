package dev.breaker.metrics.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's {@code MeterRegistry}, as Quarkus or an application would produce it: here an
 * application-scoped bean (the library gets a client proxy), made from a registry the test holds, so
 * that the test can look at it after the application has stopped.
 */
@ApplicationScoped
public class MeterRegistryBeans {
    /** The registry the next deployment produces. */
    public static final AtomicReference<MeterRegistry> NEXT = new AtomicReference<>();

    @Produces
    @ApplicationScoped
    MeterRegistry registry() {
        return NEXT.get();
    }
}
