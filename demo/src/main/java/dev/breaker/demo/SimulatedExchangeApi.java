package dev.breaker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Random;

/**
 * A remote exchange-rate API that has outages. Time runs in cycles of {@value #CYCLE_SECONDS} s
 * from the first call: healthy for the first {@value #OUTAGE_STARTS} s, down until
 * {@value #OUTAGE_ENDS} s, healthy again to the end of the cycle. While healthy, about one call in
 * ten fails anyway, as real networks do: the breaker must shrug those off (it counts consecutive
 * failures). The random numbers are seeded, so runs look alike.
 */
@ApplicationScoped
public class SimulatedExchangeApi {
    static final int CYCLE_SECONDS = 50;
    static final int OUTAGE_STARTS = 8;
    static final int OUTAGE_ENDS = 20;

    private final Random noise = new Random(20_260_301L);
    private long firstCallNanos = Long.MIN_VALUE;

    /**
     * @param pair a currency pair
     * @return its rate
     * @throws ExchangeUnavailableException during an outage, and now and then outside one
     */
    public synchronized Quote fetch(String pair) {
        long now = System.nanoTime();
        if (firstCallNanos == Long.MIN_VALUE) {
            firstCallNanos = now;
        }
        long second = ((now - firstCallNanos) / 1_000_000_000L) % CYCLE_SECONDS;
        if (second >= OUTAGE_STARTS && second < OUTAGE_ENDS) {
            throw new ExchangeUnavailableException("HTTP 503 from the exchange (outage)");
        }
        if (noise.nextInt(10) == 0) {
            throw new ExchangeUnavailableException("connection reset (a one-off glitch)");
        }
        return new Quote(pair, 1.08 + noise.nextInt(100) / 10_000.0);
    }
}
