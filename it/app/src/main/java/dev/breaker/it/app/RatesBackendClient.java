package dev.breaker.it.app;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A MicroProfile Rest Client of the application's own {@link RatesBackendResource}, which the tests
 * switch to failing. Its base URL is {@code rates-backend/mp-rest/url}, given by the environment
 * variable {@code RATES_BACKEND_MP_REST_URL} (Quarkus: {@code quarkus.rest-client.rates-backend.url}).
 *
 * <ul>
 *   <li>{@link #rate()} is under the interface's breaker {@code rates-client}, configured by the
 *       type-level annotation;</li>
 *   <li>{@link #quote()} has an unnamed breaker of its own, {@code dev.breaker.it.app.RatesBackendClient.quote},
 *       and a default fallback method that answers while it is OPEN;</li>
 *   <li>{@link #flaky()} and {@link #flakyAsync()} are retried, each under the interface's breaker, which
 *       counts one call for each run of attempts.</li>
 * </ul>
 */
@RegisterRestClient(configKey = "rates-backend")
@Path("backend")
@Produces(MediaType.TEXT_PLAIN)
@Breaker(name = RatesBackendClient.BREAKER, failureThreshold = 2, timeoutSeconds = 3, halfOpenMaxCalls = 1)
public interface RatesBackendClient {
    /** The interface's breaker. */
    String BREAKER = "rates-client";
    /** The unnamed breaker of {@link #quote()}: the interface's name and the method's. */
    String QUOTE_BREAKER = "dev.breaker.it.app.RatesBackendClient.quote";
    /** What the fallback of {@link #quote()} answers. */
    String CACHED_QUOTE = "cached quote";

    /** @return the backend's rate */
    @GET
    @Path("rate")
    String rate();

    /** @return the backend's quote, or {@link #cachedQuote()} when the call fails or is rejected */
    @GET
    @Path("quote")
    @Breaker(failureThreshold = 2, timeoutSeconds = 3, halfOpenMaxCalls = 1)
    @WithFallback("cachedQuote")
    String quote();

    /** @return the backend's flaky rate; up to three attempts, 100 then 200 ms apart */
    @GET
    @Path("flaky")
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 100, jitter = 0)
    String flaky();

    /** @return the backend's flaky rate, asynchronously; up to three attempts, 100 then 200 ms apart */
    @GET
    @Path("flaky")
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 100, jitter = 0)
    CompletionStage<String> flakyAsync();

    /** @return the fallback of {@link #quote()}: a default method of the interface */
    default String cachedQuote() {
        return CACHED_QUOTE;
    }
}
