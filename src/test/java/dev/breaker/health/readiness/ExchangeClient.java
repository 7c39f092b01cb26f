package dev.breaker.health.readiness;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ExchangeClient {
    static final String SECRET = "token=s3cr3t-in-the-exception";

    @Breaker(name = "exchange-api", failureThreshold = 1)
    public void ticker() {
        throw new IllegalStateException("exchange refused " + SECRET);
    }

    @Breaker(name = "recommendations", failureThreshold = 1)
    public void recommend() {
        throw new IllegalStateException("recommendations down");
    }

    @Breaker(name = "audit-log", failureThreshold = 1)
    public void audit() {
        throw new IllegalStateException("audit down");
    }
}
