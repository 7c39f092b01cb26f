package dev.breaker.metrics.testing;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A bean with one of everything the library exports: two breakers (one in ratio mode), a retry, a fallback. */
@ApplicationScoped
public class TradingClient {
    /** The retry's name, {@code <fully.qualified.Class>.<method>}: the tag {@code method}. */
    public static final String QUOTE = TradingClient.class.getName() + ".quote";
    /** The fallback's name. */
    public static final String NEWS = TradingClient.class.getName() + ".news";

    private volatile boolean exchangeDown;
    private final AtomicInteger quoteFailuresLeft = new AtomicInteger();

    /** @param down whether the exchange fails from now on */
    public void exchangeDown(boolean down) {
        this.exchangeDown = down;
    }

    /** @return a ticker, through the breaker exchange-api: two failures open it for ten seconds */
    @Breaker(name = "exchange-api", failureThreshold = 2, timeoutSeconds = 10, halfOpenMaxCalls = 1)
    public String ticker() {
        if (exchangeDown) {
            throw new IllegalStateException("exchange down");
        }
        return "BTC";
    }

    /**
     * @param fail whether this call fails
     * @return a price, through the breaker pricing, in ratio mode: half of the last four calls failed opens it
     */
    @Breaker(name = "pricing", failureRatio = 0.5, windowSize = 4)
    public String price(boolean fail) {
        if (fail) {
            throw new IllegalStateException("no price");
        }
        return "42";
    }

    /** @param failures how many of the next quotes fail before one succeeds */
    public void quoteFailsNext(int failures) {
        quoteFailuresLeft.set(failures);
    }

    /**
     * @return a quote, retried
     * @throws IOException while failures are left
     */
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10, jitter = 0)
    public String quote() throws IOException {
        if (quoteFailuresLeft.getAndDecrement() > 0) {
            throw new IOException("quote failed");
        }
        return "quote";
    }

    /** @return the news, always from the fallback */
    @WithFallback("cachedNews")
    public String news() {
        throw new IllegalStateException("news down");
    }

    String cachedNews() {
        return "cached news";
    }
}
