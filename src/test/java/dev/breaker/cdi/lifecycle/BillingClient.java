package dev.breaker.cdi.lifecycle;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BillingClient {
    @Breaker(name = "billing", failureThreshold = 1)
    public void bill() {
        throw new IllegalStateException("billing down");
    }
}
