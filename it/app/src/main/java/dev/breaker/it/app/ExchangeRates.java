package dev.breaker.it.app;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bean under test: every call to the exchange goes through the breaker {@code exchange-api}.
 * Its settings come from each runtime's configuration (and environment), not from here, so the
 * tests can show configuration and environment variables taking effect.
 */
@ApplicationScoped
public class ExchangeRates {
    /** The breaker's name, as in {@code breaker.exchange-api.*} and the health check {@code breaker:exchange-api}. */
    public static final String BREAKER = "exchange-api";

    @Inject
    SimulatedExchange exchange;

    /**
     * @param symbol a currency pair
     * @return the exchange's rate
     */
    @Breaker(name = BREAKER)
    public String rate(String symbol) {
        return exchange.rate(symbol);
    }
}
