package dev.breaker.it.app;

import dev.breaker.BreakerMetrics;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls {@link RatesBackendClient} as an application would, through the injected {@code @RestClient}:
 * {@code GET client/rate} and {@code GET client/quote} answer 200 with what the client returned (the
 * fallback's answer included), 502 when the call failed, and 503 when a breaker rejected it; so do
 * {@code GET client/flaky} and {@code GET client/flaky-async}, the retried calls. {@code GET
 * client/counts} tells the interface breaker's lifetime counts.
 * {@code POST client/reset} closes both breakers of the client, for a test that cleans up after itself.
 */
@Path("client")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class RatesClientResource {
    @Inject
    @RestClient
    RatesBackendClient client;

    @Inject
    CircuitBreakerRegistry breakers;

    /** @return 200, 502 or 503 as described on the type */
    @GET
    @Path("rate")
    public Response rate() {
        return call(client::rate);
    }

    /** @return 200, 502 or 503 as described on the type */
    @GET
    @Path("quote")
    public Response quote() {
        return call(client::quote);
    }

    /** @return 200, 502 or 503 as described on the type */
    @GET
    @Path("flaky")
    public Response flaky() {
        return call(client::flaky);
    }

    /** @return 200, 502 or 503 as described on the type, once the retried stage completes */
    @GET
    @Path("flaky-async")
    public Response flakyAsync() {
        return call(() -> client.flakyAsync().toCompletableFuture().join());
    }

    /** @return {@code successes=<n> failures=<n> rejected=<n>} of the interface's breaker */
    @GET
    @Path("counts")
    public String counts() {
        BreakerMetrics metrics = breakers.get(RatesBackendClient.BREAKER).getMetrics();
        return "successes=" + metrics.successCount() + " failures=" + metrics.failureCount() + " rejected="
                + metrics.rejectedCount();
    }

    /** @return what was reset */
    @POST
    @Path("reset")
    public String reset() {
        breakers.get(RatesBackendClient.BREAKER).reset();
        breakers.get(RatesBackendClient.QUOTE_BREAKER).reset();
        return "reset";
    }

    private static Response call(Supplier<String> restCall) {
        try {
            return Response.ok(restCall.get()).build();
        } catch (RuntimeException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof BreakerOpenException rejected) {
                    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                            .entity("rejected by breaker " + rejected.breakerName()).build();
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return Response.status(Response.Status.BAD_GATEWAY).entity("call failed: " + failed).build();
        }
    }
}
