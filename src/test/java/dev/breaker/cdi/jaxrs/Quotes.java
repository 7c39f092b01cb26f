package dev.breaker.cdi.jaxrs;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** Any application with a breaker. */
@ApplicationScoped
public class Quotes {
    @Breaker(name = "quotes")
    public String quote() {
        return "1.23";
    }
}
