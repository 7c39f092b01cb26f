package dev.breaker.cdi.retrycontext;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/** What a caller's request holds: one instance per request, told apart by its id. */
@RequestScoped
public class CallerState {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final int id = IDS.incrementAndGet();
    private volatile String value = "unset";
    @Inject
    ContextLog log;

    public int id() {
        return id;
    }

    public String value() {
        return value;
    }

    public void value(String value) {
        this.value = value;
    }

    @PreDestroy
    void destroyed() {
        log.destroyed("caller-state-" + id);
    }
}
