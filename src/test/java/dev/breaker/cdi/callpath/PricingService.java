package dev.breaker.cdi.callpath;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** The same work three ways: through the breaker, through the no-op interceptor, and two breakers on one bean. */
@ApplicationScoped
public class PricingService {
    @Breaker(name = "pricing")
    public int guarded(int x) {
        return x + 1;
    }

    @Breaker(name = "pricing-second")
    public int alsoGuarded(int x) {
        return x + 2;
    }

    @Floor
    public int floor(int x) {
        return x + 1;
    }
}
