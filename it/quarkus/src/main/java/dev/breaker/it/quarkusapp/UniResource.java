package dev.breaker.it.quarkusapp;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.it.app.CallerRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Quarkus REST serves the {@code Uni} of a {@code @Breaker} method: it subscribes, so each request is one
 * call; a rejection fails the {@code Uni} and the library's mapper answers 503. {@code GET /uni/quote},
 * {@code GET /uni/flaky?failures=n}, {@code GET /uni/unsubscribed} (calls the method and drops its
 * {@code Uni}), {@code GET /uni/retry-context}, {@code GET /uni/rest-rate} (through
 * {@link UniRatesClient}), {@code POST /uni/dependency?fail=}, {@code GET /uni/breaker/{name}},
 * {@code POST /uni/reset}.
 */
@Path("uni")
@Produces(MediaType.TEXT_PLAIN)
public class UniResource {
    @Inject
    UniQuotes quotes;

    @Inject
    CircuitBreakerRegistry registry;

    @Inject
    CallerRequest caller;

    @Inject
    UniContextProbe probe;

    @Inject
    @RestClient
    UniRatesClient ratesClient;

    /** @return the quote's Uni, which Quarkus REST subscribes */
    @GET
    @Path("quote")
    public Uni<String> quote() {
        return quotes.quote();
    }

    /**
     * @param failures how many attempts fail first
     * @return the retried quote's Uni
     */
    @GET
    @Path("flaky")
    public Uni<String> flaky(@QueryParam("failures") @DefaultValue("0") int failures) {
        quotes.failNext(failures);
        return quotes.flaky();
    }

    /** @return the Uni of the reactive REST client's call, which Quarkus REST subscribes */
    @GET
    @Path("rest-rate")
    public Uni<String> restRate() {
        return ratesClient.rate();
    }

    /** @return a plain answer: the quote's Uni is made and never subscribed */
    @GET
    @Path("unsubscribed")
    public String unsubscribed() {
        quotes.quote();
        return "not subscribed";
    }

    /**
     * Sets a value in the request's request-scoped bean, then returns the retried {@link UniContextProbe}'s
     * {@code Uni}, whose later attempt runs after the request method has returned.
     *
     * @return {@code caller=<id> <value>} followed by the later attempt's report
     */
    @GET
    @Path("retry-context")
    public Uni<String> retryContext() {
        caller.value("set-by-caller-" + System.nanoTime());
        String held = caller.id() + " " + caller.value();
        return probe.observe(new AtomicInteger()).map(later -> "caller=" + held + "\n" + later);
    }

    /**
     * @param fail whether the dependency fails from now on
     * @return {@code failing=<bool>}
     */
    @POST
    @Path("dependency")
    public String dependency(@QueryParam("fail") @DefaultValue("false") boolean fail) {
        quotes.setFailing(fail);
        return "failing=" + fail;
    }

    /**
     * @param name a breaker of {@link UniQuotes}
     * @return {@code state=<state> successes=<n> failures=<n> rejected=<n> subscriptions=<n>}
     */
    @GET
    @Path("breaker/{name}")
    public String breaker(@PathParam("name") String name) {
        BreakerMetrics metrics = registry.get(name).getMetrics();
        return "state=" + metrics.state() + " successes=" + metrics.successCount() + " failures="
                + metrics.failureCount() + " rejected=" + metrics.rejectedCount() + " subscriptions="
                + quotes.subscriptions();
    }

    /** @return {@code reset} once both breakers are CLOSED and the dependency works */
    @POST
    @Path("reset")
    public String reset() {
        quotes.setFailing(false);
        quotes.failNext(0);
        registry.get(UniQuotes.QUOTES).reset();
        registry.get(UniQuotes.RETRIED).reset();
        registry.get(UniRatesClient.BREAKER).reset();
        return "reset";
    }
}
