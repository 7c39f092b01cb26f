package dev.breaker.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The remote service {@link RatesBackendClient} calls, played by the application itself: {@code GET
 * backend/rate} and {@code GET backend/quote} answer 200, or 503 while the tests have switched it to
 * failing ({@code POST backend/failing?fail=true}); {@code GET backend/flaky} answers 503 to the next
 * {@code n} calls set by {@code POST backend/fail-next?count=n}, then 200; {@code GET backend/calls} tells
 * how many calls reached it. A failure is answered, not thrown, so the servers log no error for it.
 */
@Path("backend")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class RatesBackendResource {
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** @return 200 {@code rate 1.0842}, or 503 while failing */
    @GET
    @Path("rate")
    public Response rate() {
        return answer("rate 1.0842");
    }

    /** @return 200 {@code live quote}, or 503 while failing */
    @GET
    @Path("quote")
    public Response quote() {
        return answer("live quote");
    }

    /** @return 503 while calls set to fail are left, then 200 {@code flaky rate 1.0842} */
    @GET
    @Path("flaky")
    public Response flaky() {
        calls.incrementAndGet();
        return failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
                ? Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("backend glitch").build()
                : Response.ok("flaky rate 1.0842").build();
    }

    /**
     * @param count how many of the next calls of {@code backend/flaky} fail
     * @return the calls so far
     */
    @POST
    @Path("fail-next")
    public String failNext(@QueryParam("count") @DefaultValue("0") int count) {
        failuresLeft.set(count);
        return calls();
    }

    /**
     * @param fail whether the backend fails from now on
     * @return the new setting and the calls so far
     */
    @POST
    @Path("failing")
    public String setFailing(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        failing.set(fail);
        return calls();
    }

    /** @return {@code failing=<bool> calls=<n>} */
    @GET
    @Path("calls")
    public String calls() {
        return "failing=" + failing.get() + " calls=" + calls.get();
    }

    private Response answer(String value) {
        calls.incrementAndGet();
        return failing.get() ? Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("backend down").build()
                : Response.ok(value).build();
    }
}
