package dev.breaker.it.quarkusapp;

import dev.breaker.RetryWithBackoff;
import dev.breaker.it.app.CallerRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A retried {@code Uni} method whose first subscription fails, as when a dependency is down: the second
 * subscription, the one the library makes after its backoff, reports what it sees of its caller's
 * context. The {@code Uni} counterpart of the app module's {@code ContextProbe}.
 */
@ApplicationScoped
public class UniContextProbe {
    @Inject
    CallerRequest caller;

    /**
     * @param attempts counts this call's subscriptions
     * @return a {@code Uni} whose later attempt's item is its report, one {@code key=value} per line:
     *     {@code attempt}, {@code thread} and {@code request} (the request-scoped instance's id and
     *     value, or the failure to read it)
     */
    @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 200, jitter = 0)
    public Uni<String> observe(AtomicInteger attempts) {
        return Uni.createFrom().item(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                throw new IllegalStateException("the first attempt fails");
            }
            return "attempt=" + attempt
                    + "\nthread=" + Thread.currentThread().getName()
                    + "\nrequest=" + request();
        });
    }

    private String request() {
        try {
            return caller.id() + " " + caller.value();
        } catch (ContextNotActiveException | IllegalStateException none) {
            return "FAILED " + none;
        }
    }
}
