package dev.breaker.it.quarkusapp;

import dev.breaker.Breaker;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A Quarkus REST client interface whose method returns a Mutiny {@code Uni}, as reactive Quarkus
 * applications write them, calling the same backend resource as the app module's
 * {@code RatesBackendClient}: each subscription of its {@code Uni} is one call through
 * {@value #BREAKER}, in readiness from start-up.
 */
@RegisterRestClient(configKey = "rates-backend")
@Path("backend")
@Produces(MediaType.TEXT_PLAIN)
public interface UniRatesClient {
    /** Two failures open it for 3 seconds; one successful trial closes it. */
    String BREAKER = "uni-rates-client";

    /** @return the backend's rate, once subscribed */
    @GET
    @Path("rate")
    @Breaker(name = BREAKER, failureThreshold = 2, timeoutSeconds = 3, halfOpenMaxCalls = 1)
    Uni<String> rate();
}
