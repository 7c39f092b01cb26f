package dev.breaker.it.app;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Something an HTTP request holds: one instance per request, told apart by its id. A retried
 * attempt that reads the caller's id and value runs inside the caller's request context.
 */
@RequestScoped
public class CallerRequest {
    private final String id = UUID.randomUUID().toString();
    private volatile String value = "unset";

    /** @return this instance's id */
    public String id() {
        return id;
    }

    /** @return what the request set */
    public String value() {
        return value;
    }

    /** @param value what the request holds */
    public void value(String value) {
        this.value = value;
    }
}
