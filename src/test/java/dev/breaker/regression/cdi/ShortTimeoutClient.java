package dev.breaker.regression.cdi;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

/** A breaker whose timeout comes from configuration, for {@link ShortTimeoutUnwarnedTest}. */
@ApplicationScoped
public class ShortTimeoutClient {
    static final String BREAKER = "short-timeout";

    @Breaker(name = BREAKER)
    public String call() {
        return "called";
    }
}
