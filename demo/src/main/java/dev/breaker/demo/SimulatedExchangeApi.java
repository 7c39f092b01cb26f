package dev.breaker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Random;

/**
 * A remote exchange-rate API that has outages. Time runs in cycles of {@value #CYCLE_SECONDS} s
 * from the first call: healthy for the first {@value #OUTAGE_STARTS} s, down until
 * {@value #OUTAGE_ENDS} s, healthy again to the end of the cycle. While healthy, about one call in
 * ten fails anyway, as real networks do, but never two in a row: such a glitch is over at once, so
 * the client's retry gets through and the breaker never hears of it. The random numbers are seeded,
 * so runs look alike.
 */
@ApplicationScoped
public class SimulatedExchangeApi {
    static final int CYCLE_SECONDS = 50;
    static final int OUTAGE_STARTS = 8;
    static final int OUTAGE_ENDS = 20;

    private final Random noise = new Random(20_260_301L);
    private long firstCallNanos = Long.MIN_VALUE;
    private boolean glitchedLastCall;

    /**
     * @param pair a currency pair
     * @return its rate
     * @throws ExchangeUnavailableException during an outage, and now and then (never twice in a row) outside one
     */
    public synchronized Quote fetch(String pair) {
        long now = System.nanoTime();
        if (firstCallNanos == Long.MIN_VALUE) {
            firstCallNanos = now;
        }
        long second = ((now - firstCallNanos) / 1_000_000_000L) % CYCLE_SECONDS;
        if (second >= OUTAGE_STARTS && second < OUTAGE_ENDS) {
            throw new ExchangeUnavailableException("HTTP 503 (exchange outage)");
        }
        boolean glitch = noise.nextInt(10) == 0 && !glitchedLastCall;
        glitchedLastCall = glitch;
        if (glitch) {
            throw new ExchangeUnavailableException("connection reset (a one-off glitch)");
        }
        return Quote.live(pair, 1.08 + noise.nextInt(100) / 10_000.0);
    }
}
