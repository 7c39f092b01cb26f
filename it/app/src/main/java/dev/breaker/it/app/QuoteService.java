package dev.breaker.it.app;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the metrics scenario watches from outside: the breaker {@code quotes-api} (two failures open it
 * for five seconds; one successful trial closes it), a retried method and a method with a fallback. Used
 * by no other scenario, so its meters move only when that scenario calls.
 */
@ApplicationScoped
public class QuoteService {
    /** The breaker's name: the tag {@code name} of its meters. */
    public static final String BREAKER = "quotes-api";

    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger glitchesLeft = new AtomicInteger();

    /**
     * @param symbol a currency pair
     * @return a quote
     * @throws ExchangeUnavailableException while the quotes are set to fail
     */
    @Breaker(name = BREAKER, failureThreshold = 2, timeoutSeconds = 5, halfOpenMaxCalls = 1)
    public String quote(String symbol) {
        if (failing.get()) {
            throw new ExchangeUnavailableException("quotes are down");
        }
        return symbol + " 1.0842";
    }

    /**
     * @param symbol a currency pair
     * @return a quote, after as many glitches as were set, each retried
     */
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10, jitter = 0)
    public String retriedQuote(String symbol) {
        if (glitchesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ExchangeUnavailableException("a glitch");
        }
        return symbol + " 1.0842";
    }

    /**
     * @param symbol a currency pair
     * @return always the fallback's cached quote
     */
    @WithFallback("cachedQuote")
    public String fallbackQuote(String symbol) {
        throw new ExchangeUnavailableException("no live quote");
    }

    String cachedQuote(String symbol) {
        return symbol + " cached";
    }

    /** @param fail whether {@link #quote} fails from now on */
    public void setFailing(boolean fail) {
        failing.set(fail);
    }

    /** @param glitches how many of the next attempts of {@link #retriedQuote} fail */
    public void setGlitches(int glitches) {
        glitchesLeft.set(glitches);
    }
}
