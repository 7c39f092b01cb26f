package dev.breaker.it.app;

import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Calls {@link FaultTolerantQuotes} and tells what the caller got: {@code GET /ft/call/{breaker}} answers
 * {@code answer=<text> ms=<elapsed>} or {@code failed=<exception's simple name> ms=<elapsed>};
 * {@code GET /ft/breaker/{breaker}} answers {@code state=<state> successes=<n> failures=<n> rejected=<n>
 * runs=<n>}; {@code POST /ft/reset} closes every breaker of the bean and forgets the runs.
 */
@Path("ft")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class FaultToleranceResource {
    private static final List<String> BREAKERS = List.of(FaultTolerantQuotes.RETRY, FaultTolerantQuotes.RETRY_ABORT,
            FaultTolerantQuotes.FALLBACK, FaultTolerantQuotes.TIMEOUT, FaultTolerantQuotes.TIMEOUT_IGNORED,
            FaultTolerantQuotes.TIMEOUT_SLOW);

    @Inject
    FaultTolerantQuotes quotes;

    @Inject
    CircuitBreakerRegistry registry;

    /**
     * @param breaker which method to call, by its breaker's name
     * @return what the caller got, and how long it took
     */
    @GET
    @Path("call/{breaker}")
    public String call(@PathParam("breaker") String breaker) {
        Callable<String> call = switch (breaker) {
            case FaultTolerantQuotes.RETRY -> quotes::retried;
            case FaultTolerantQuotes.RETRY_ABORT -> quotes::retriedUntilRejected;
            case FaultTolerantQuotes.FALLBACK -> quotes::answered;
            case FaultTolerantQuotes.TIMEOUT -> quotes::interruptible;
            case FaultTolerantQuotes.TIMEOUT_IGNORED -> quotes::ignoresInterrupts;
            case FaultTolerantQuotes.TIMEOUT_SLOW -> quotes::ignoresInterruptsButIsSlow;
            default -> throw new NotFoundException();
        };
        long started = System.nanoTime();
        String outcome;
        try {
            outcome = "answer=" + call.call();
        } catch (Exception failed) {
            outcome = "failed=" + failed.getClass().getSimpleName();
        }
        Thread.interrupted(); // a method that ignored MP FT's interrupt leaves the flag set on this thread
        return outcome + " ms=" + (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * @param breaker a breaker of the bean
     * @return its state, its counts and how often its method's body ran
     */
    @GET
    @Path("breaker/{breaker}")
    public String breaker(@PathParam("breaker") String breaker) {
        if (!BREAKERS.contains(breaker)) {
            throw new NotFoundException();
        }
        BreakerMetrics metrics = registry.get(breaker).getMetrics();
        return "state=" + metrics.state() + " successes=" + metrics.successCount() + " failures="
                + metrics.failureCount() + " rejected=" + metrics.rejectedCount() + " runs=" + quotes.runs(breaker);
    }

    /** @return {@code reset} once every breaker of the bean is CLOSED */
    @POST
    @Path("reset")
    public String reset() {
        BREAKERS.forEach(name -> registry.get(name).reset());
        quotes.forgetRuns();
        return "reset";
    }
}
