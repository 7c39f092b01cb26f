package dev.breaker.cdi.configuration;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RatesClient {
    @Breaker(name = "rates", failureThreshold = 4, timeoutSeconds = 20)
    public String rate() {
        return "1.1";
    }

    @Breaker(name = "plain")
    public String plain() {
        return "plain";
    }

    @Breaker(name = "flaky", failureThreshold = 1)
    public void flaky() {
        throw new IllegalStateException("flaky");
    }
}
