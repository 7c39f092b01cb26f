package dev.breaker.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /retry-context/report}: the request sets a value in its request-scoped bean, calls the
 * retried {@link ContextProbe}, and answers (asynchronously, so the request stays open meanwhile) with
 * what the caller held ({@code caller=<id> <value>}) followed by the later attempt's report.
 */
@Path("retry-context")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class RetryContextResource {
    @Inject
    CallerRequest caller;

    @Inject
    ContextProbe probe;

    /** @return {@code caller=...} and the later attempt's report, one {@code key=value} per line */
    @GET
    @Path("report")
    public CompletionStage<String> report() {
        caller.value("set-by-caller-" + System.nanoTime());
        String held = caller.id() + " " + caller.value();
        return probe.observe(new AtomicInteger()).thenApply(later -> "caller=" + held + "\n" + later);
    }
}
