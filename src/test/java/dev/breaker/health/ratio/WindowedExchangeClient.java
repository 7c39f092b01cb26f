package dev.breaker.health.ratio;

import dev.breaker.Breaker;
import dev.breaker.testing.FakeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

@ApplicationScoped
public class WindowedExchangeClient {
    @Inject
    FakeClock clock;

    /** Fails when told to; in ratio mode: half of the last four calls; slow after a second. */
    @Breaker(name = "exchange-api", failureRatio = 0.5, windowSize = 4, slowCallMillis = 1000)
    public String ticker(boolean fail) {
        if (fail) {
            throw new IllegalStateException("exchange refused");
        }
        return "BTC";
    }

    /** The same breaker: a call that returns normally after {@code took} on the fake clock. */
    @Breaker(name = "exchange-api", failureRatio = 0.5, windowSize = 4, slowCallMillis = 1000)
    public String slowTicker(Duration took) {
        clock.advance(took);
        return "slow BTC";
    }

    @Breaker(name = "consecutive-api")
    public String plain() {
        return "plain";
    }
}
