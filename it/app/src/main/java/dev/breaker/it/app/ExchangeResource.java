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
 * The application's HTTP face. {@code GET /exchange/rate/{symbol}} answers 200 with a rate, 502 when
 * the exchange failed, and 503 with {@code Retry-After} when the breaker rejected the call without
 * running it. {@code POST /exchange/dependency?fail=true|false} switches the simulated exchange;
 * {@code GET /exchange/dependency} tells how many calls reached it.
 */
@Path("exchange")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class ExchangeResource {
    @Inject
    ExchangeRates rates;

    @Inject
    SimulatedExchange exchange;

    /**
     * @param symbol a currency pair
     * @return 200, 502 or 503 as described on the type
     */
    @GET
    @Path("rate/{symbol}")
    public Response rate(@PathParam("symbol") String symbol) {
        try {
            return Response.ok(rates.rate(symbol)).build();
        } catch (BreakerOpenException rejected) {
            long seconds = Math.max(1, (rejected.retryAfter().toMillis() + 999) / 1000);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", seconds)
                    .entity("rejected by breaker " + rejected.breakerName() + " (" + rejected.state() + ")")
                    .build();
        } catch (ExchangeUnavailableException failed) {
            return Response.status(Response.Status.BAD_GATEWAY).entity("exchange failed").build();
        }
    }

    /**
     * @param fail whether the simulated exchange fails from now on
     * @return the new setting and the calls so far
     */
    @POST
    @Path("dependency")
    public String setDependency(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        exchange.setFailing(fail);
        return dependency();
    }

    /** @return {@code failing=<bool> calls=<n>} */
    @GET
    @Path("dependency")
    public String dependency() {
        return "failing=" + exchange.isFailing() + " calls=" + exchange.calls();
    }
}
