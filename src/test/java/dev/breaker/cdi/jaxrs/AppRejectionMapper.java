package dev.breaker.cdi.jaxrs;

import dev.breaker.BreakerOpenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** An application's own mapper of rejections, a CDI bean as Quarkus makes every JAX-RS provider. */
@ApplicationScoped
public class AppRejectionMapper implements ExceptionMapper<BreakerOpenException> {
    @Override
    public Response toResponse(BreakerOpenException exception) {
        throw new UnsupportedOperationException("not called here");
    }
}
