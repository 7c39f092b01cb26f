package dev.breaker.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for a remote exchange-rate API. The tests switch it between working and failing over
 * HTTP, and read how many calls reached it, to tell a rejected call from one that ran.
 */
@ApplicationScoped
public class SimulatedExchange {
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param symbol a currency pair such as {@code EURUSD}
     * @return a made-up rate
     * @throws ExchangeUnavailableException while the exchange is set to fail
     */
    public String rate(String symbol) {
        calls.incrementAndGet();
        if (failing.get()) {
            throw new ExchangeUnavailableException("exchange is down");
        }
        return symbol + " 1.0842";
    }

    /** @param fail whether later calls fail */
    public void setFailing(boolean fail) {
        failing.set(fail);
    }

    /** @return whether calls fail now */
    public boolean isFailing() {
        return failing.get();
    }

    /** @return how many calls reached the exchange since start-up */
    public long calls() {
        return calls.get();
    }
}
