package dev.breaker.cdi.registry;

import dev.breaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/** An application's own start-up observer, with the default priority: the breakers must already exist. */
@ApplicationScoped
public class StartupProbe {
    private volatile Boolean inventoryExisted;

    @Inject
    CircuitBreakerRegistry registry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        inventoryExisted = registry.find("inventory").isPresent();
    }

    public Optional<Boolean> inventoryExistedAtStartup() {
        return Optional.ofNullable(inventoryExisted);
    }
}
