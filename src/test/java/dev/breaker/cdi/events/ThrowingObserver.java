package dev.breaker.cdi.events;

import dev.breaker.BreakerStateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;

/** An observer that fails every time: it must never fail the call that moved the breaker. */
@ApplicationScoped
public class ThrowingObserver {
    private final AtomicInteger notified = new AtomicInteger();

    void on(@Observes BreakerStateChanged change) {
        notified.incrementAndGet();
        throw new IllegalArgumentException("observer broke on " + change.to());
    }

    public int notified() {
        return notified.get();
    }
}
