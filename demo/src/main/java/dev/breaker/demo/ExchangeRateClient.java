package dev.breaker.demo;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's view of the exchange, with all three of Breaker's annotations. Whatever order
 * they are written in, they nest the same way: {@code @WithFallback} outermost, then the breaker
 * {@value #BREAKER} (configured in {@code META-INF/microprofile-config.properties}), then
 * {@code @RetryWithBackoff} innermost.
 */
@ApplicationScoped
public class ExchangeRateClient {
    /** The breaker's name: its settings are {@code breaker.exchange-api.*}, its health check {@code breaker:exchange-api}. */
    static final String BREAKER = "exchange-api";

    /** Attempts in all, the first included: a one-off glitch gets one more try. */
    static final int MAX_ATTEMPTS = 2;

    /** The wait before the second attempt: short, as a glitch is over at once. */
    static final long RETRY_DELAY_MILLIS = 100;

    private final Map<String, Quote> lastLive = new ConcurrentHashMap<>();

    @Inject
    SimulatedExchangeApi api;

    @Inject
    CallAttempts attempts;

    /**
     * The rate from the exchange. A failed attempt is retried once after about
     * {@value #RETRY_DELAY_MILLIS} ms, so an isolated glitch never reaches the breaker; when both
     * attempts fail, the breaker counts one failure. While the breaker is OPEN the exchange is not
     * asked, and {@link #lastKnownRate} answers instead.
     *
     * @param pair a currency pair
     * @return its rate: live, or the last live one while the breaker rejects calls
     */
    @WithFallback(value = "lastKnownRate", applyOn = BreakerOpenException.class)
    @Breaker(name = BREAKER)
    @RetryWithBackoff(maxAttempts = MAX_ATTEMPTS, baseDelayMillis = RETRY_DELAY_MILLIS,
            retryOn = ExchangeUnavailableException.class)
    public Quote rate(String pair) {
        try {
            Quote quote = api.fetch(pair);
            lastLive.put(pair, quote);
            return quote;
        } catch (ExchangeUnavailableException failed) {
            attempts.failed(failed.getMessage());
            throw failed;
        }
    }

    /**
     * The fallback of {@link #rate}, only for a rejection ({@code applyOn}): a failure of the exchange
     * itself still reaches the caller, so the demo shows what the breaker counts.
     *
     * @param pair a currency pair
     * @param rejected the breaker's rejection
     * @return the last live rate of the pair, marked as cached
     * @throws BreakerOpenException the rejection itself, when no live rate was seen yet
     */
    private Quote lastKnownRate(String pair, BreakerOpenException rejected) {
        Quote last = lastLive.get(pair);
        if (last == null) {
            throw rejected;
        }
        return last.cached("breaker OPEN, not sent; trials in " + rejected.retryAfter().toMillis() + " ms");
    }
}
