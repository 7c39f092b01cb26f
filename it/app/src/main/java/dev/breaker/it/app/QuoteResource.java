package dev.breaker.it.app;

import dev.breaker.BreakerOpenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP face of {@link QuoteService}, for the metrics scenario. {@code GET /quotes/{symbol}} answers
 * 200, 502 (failed) or 503 (rejected by the breaker); {@code POST /quotes/dependency?fail=true|false}
 * switches the quotes; {@code GET /quotes/retried/{symbol}?glitches=n} fails n attempts before the one
 * that succeeds; {@code GET /quotes/fallback/{symbol}} is always answered by the fallback.
 */
@Path("quotes")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class QuoteResource {
    @Inject
    QuoteService quotes;

    /**
     * @param symbol a currency pair
     * @return 200, 502 or 503
     */
    @GET
    @Path("{symbol}")
    public Response quote(@PathParam("symbol") String symbol) {
        try {
            return Response.ok(quotes.quote(symbol)).build();
        } catch (BreakerOpenException rejected) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("rejected").build();
        } catch (ExchangeUnavailableException failed) {
            return Response.status(Response.Status.BAD_GATEWAY).entity("quotes failed").build();
        }
    }

    /**
     * @param fail whether the quotes fail from now on
     * @return the new setting
     */
    @POST
    @Path("dependency")
    public String setDependency(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        quotes.setFailing(fail);
        return "failing=" + fail;
    }

    /**
     * @param symbol a currency pair
     * @param glitches how many attempts fail first
     * @return the quote of the attempt that succeeded
     */
    @GET
    @Path("retried/{symbol}")
    public String retried(@PathParam("symbol") String symbol, @QueryParam("glitches") @DefaultValue("0") int glitches) {
        quotes.setGlitches(glitches);
        return quotes.retriedQuote(symbol);
    }

    /**
     * @param symbol a currency pair
     * @return the fallback's answer
     */
    @GET
    @Path("fallback/{symbol}")
    public String fallback(@PathParam("symbol") String symbol) {
        return quotes.fallbackQuote(symbol);
    }
}
