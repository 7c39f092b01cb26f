package dev.breaker.cdi.retrycontext;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/** A request-scoped bean that the caller never touches: first created by a later attempt. */
@RequestScoped
public class AttemptScratch {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final int id = IDS.incrementAndGet();
    @Inject
    ContextLog log;

    public int id() {
        return id;
    }

    @PreDestroy
    void destroyed() {
        log.destroyed("attempt-scratch-" + id);
    }
}
