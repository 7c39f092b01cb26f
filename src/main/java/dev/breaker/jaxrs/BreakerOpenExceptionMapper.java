package dev.breaker.jaxrs;

import dev.breaker.BreakerOpenException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;

/**
 * Answers a {@link BreakerOpenException} that escapes a JAX-RS resource method (thrown, or failing the
 * {@code CompletionStage} or {@code Uni} the method returns) with {@code 503 Service Unavailable} and
 * {@code Retry-After} in whole seconds, rounded up, at least 1. The body is a fixed
 * {@code text/plain} "Service Unavailable": nothing internal (no breaker name, no exception text), and
 * the same in every runtime (without an entity Payara would send its HTML error page).
 *
 * <p>Registered by {@link BreakerHttpFeature}, not found by scanning (no {@code @Provider}), so that the
 * application can turn it off. Its priority, below the default {@code USER} of the application's own
 * mappers, lets an application's {@code ExceptionMapper<BreakerOpenException>} win; the priority is on
 * the class because RESTEasy reads only that one.
 */
@Priority(Priorities.USER + 1000)
public class BreakerOpenExceptionMapper implements ExceptionMapper<BreakerOpenException> {
    /** The body of every answer. */
    static final String BODY = "Service Unavailable";

    /** For the JAX-RS runtime. */
    public BreakerOpenExceptionMapper() {
    }

    @Override
    public Response toResponse(BreakerOpenException rejected) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(rejected.retryAfter()))
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity(BODY)
                .build();
    }

    /**
     * @param retryAfter how long until the breaker admits trial calls: zero when HALF_OPEN
     * @return whole seconds, rounded up, at least 1: a client told 0 would come back at once
     */
    static long retryAfterSeconds(Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return 1;
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
