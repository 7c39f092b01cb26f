package dev.breaker.demo;

import java.util.Optional;

/**
 * An exchange rate, live from the exchange or, when the exchange was not asked, the last live one.
 *
 * @param pair the currency pair, such as {@code EURUSD}
 * @param rate the rate
 * @param cachedBecause empty for a live rate; for a cached one, why the exchange was not asked
 */
record Quote(String pair, double rate, Optional<String> cachedBecause) {
    /**
     * @param pair the currency pair
     * @param rate the rate the exchange just answered
     * @return a live quote
     */
    static Quote live(String pair, double rate) {
        return new Quote(pair, rate, Optional.empty());
    }

    /**
     * @param why why the exchange was not asked
     * @return this rate, marked as coming from the cache
     */
    Quote cached(String why) {
        return new Quote(pair, rate, Optional.of(why));
    }
}
