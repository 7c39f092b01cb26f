package dev.breaker.cdi.events;

import dev.breaker.BreakerStateChanged;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each transition, and the breaker's state as the observer saw it. */
@ApplicationScoped
public class TransitionLog {
    /** One observation. */
    public record Seen(BreakerStateChanged change, CircuitState stateDuringObserver) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Inject
    CircuitBreakerRegistry registry;

    void on(@Observes BreakerStateChanged change) {
        seen.add(new Seen(change, registry.get(change.name()).state()));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}
