package dev.breaker.demo;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application's view of the exchange: every call goes through the breaker
 * {@value #BREAKER}, configured in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ExchangeRateClient {
    /** The breaker's name: its settings are {@code breaker.exchange-api.*}, its health check {@code breaker:exchange-api}. */
    static final String BREAKER = "exchange-api";

    @Inject
    SimulatedExchangeApi api;

    /**
     * TODO(issue 6, companions): once {@code @RetryWithBackoff} and {@code @WithFallback} have their
     * interceptors, add {@code @RetryWithBackoff(maxAttempts = 2, baseDelayMillis = 100)} (a one-off
     * glitch is then retried and never reaches the breaker) and
     * {@code @WithFallback("lastKnownRate")} here, with a method
     * {@code Quote lastKnownRate(String pair, Throwable cause)} answering the last good rate, and let
     * {@link TrafficLoop} print when an answer came from the fallback.
     *
     * @param pair a currency pair
     * @return its rate, from the exchange
     */
    @Breaker(name = BREAKER)
    public Quote rate(String pair) {
        return api.fetch(pair);
    }
}
