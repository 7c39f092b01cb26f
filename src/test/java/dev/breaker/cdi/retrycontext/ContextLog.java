package dev.breaker.cdi.retrycontext;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Which request-scoped instances were destroyed, in order. */
@ApplicationScoped
public class ContextLog {
    private final List<String> destroyed = new CopyOnWriteArrayList<>();

    void destroyed(String instance) {
        destroyed.add(instance);
    }

    public List<String> destroyed() {
        return List.copyOf(destroyed);
    }
}
