package dev.breaker.it.app;

import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;

/**
 * A retried {@code CompletionStage} method whose first attempt fails, as when a dependency is down:
 * the second attempt, the one that runs where the library schedules it, reports what it sees of its
 * caller's context.
 */
@ApplicationScoped
public class ContextProbe {
    /** A name every Jakarta EE server binds, that resolves only on a thread of the application's component. */
    public static final String JAVA_COMP_NAME = "java:comp/DefaultManagedExecutorService";

    @Inject
    CallerRequest caller;

    /**
     * @param attempts counts this call's attempts
     * @return the later attempt's report, one {@code key=value} per line: {@code attempt}, {@code thread},
     *     {@code request} (the request-scoped instance's id and value, or the failure to read it) and
     *     {@code javaComp} (the lookup's outcome)
     */
    @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 200, jitter = 0)
    public CompletionStage<String> observe(AtomicInteger attempts) {
        int attempt = attempts.incrementAndGet();
        if (attempt == 1) {
            return CompletableFuture.failedFuture(new ExchangeUnavailableException("the first attempt fails"));
        }
        return CompletableFuture.completedFuture("attempt=" + attempt
                + "\nthread=" + Thread.currentThread().getName()
                + "\nrequest=" + request()
                + "\njavaComp=" + javaComp());
    }

    private String request() {
        try {
            return caller.id() + " " + caller.value();
        } catch (ContextNotActiveException | IllegalStateException none) {
            return "FAILED " + none;
        }
    }

    private static String javaComp() {
        try {
            Object found = new InitialContext().lookup(JAVA_COMP_NAME);
            return found == null ? "FAILED null" : "OK";
        } catch (Exception | LinkageError failed) {
            return "FAILED " + failed;
        }
    }
}
