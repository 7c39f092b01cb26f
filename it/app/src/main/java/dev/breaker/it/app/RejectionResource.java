package dev.breaker.it.app;

import dev.breaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * Resource methods that let a {@code BreakerOpenException} escape, unlike {@link ExchangeResource}: the
 * library's mapper answers it 503 with {@code Retry-After}, without the application writing a mapper.
 * {@code GET /rejections/sync?fail=} and {@code /rejections/async?fail=} call {@link RejectingQuotes};
 * {@code GET /rejections/trial?fail=&hold=} calls its HALF_OPEN breaker's method, {@code GET
 * /rejections/holding} tells how many of those calls it holds and {@code POST /rejections/release} lets
 * them return; {@code GET /rejections/runs} tells how often its methods ran; {@code POST
 * /rejections/reset} closes every breaker of it.
 */
@Path("rejections")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class RejectionResource {
    @Inject
    RejectingQuotes quotes;

    @Inject
    CircuitBreakerRegistry registry;

    /**
     * @param fail whether the call fails
     * @return the quote; a failure or a rejection escapes
     */
    @GET
    @Path("sync")
    public String sync(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        return quotes.quote(fail);
    }

    /**
     * @param fail whether the call's stage fails
     * @return the stage of the quote; a failure or a rejection fails it
     */
    @GET
    @Path("async")
    public CompletionStage<String> async(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        return quotes.quoteLater(fail);
    }

    /**
     * @param fail whether the call fails
     * @param hold whether the call waits in the method until {@code POST /rejections/release}
     * @return the quote; a failure or a rejection escapes
     * @throws InterruptedException when a held call is interrupted
     */
    @GET
    @Path("trial")
    public String trial(@QueryParam("fail") @DefaultValue("false") boolean fail,
            @QueryParam("hold") @DefaultValue("false") boolean hold) throws InterruptedException {
        return quotes.trial(fail, hold);
    }

    /** @return {@code holding=<n>}: the calls of {@code trial} held in the method now */
    @GET
    @Path("holding")
    public String holding() {
        return "holding=" + quotes.holding();
    }

    /** @return {@code released} once every held call of {@code trial} may return */
    @POST
    @Path("release")
    public String release() {
        quotes.release();
        return "released";
    }

    /** @return {@code runs=<n>} */
    @GET
    @Path("runs")
    public String runs() {
        return "runs=" + quotes.runs();
    }

    /** @return {@code reset} once every breaker of {@link RejectingQuotes} is CLOSED */
    @POST
    @Path("reset")
    public String reset() {
        quotes.release();
        registry.get(RejectingQuotes.SYNC).reset();
        registry.get(RejectingQuotes.ASYNC).reset();
        registry.get(RejectingQuotes.TRIAL).reset();
        return "reset";
    }
}
