package dev.breaker.cdi.restclient;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A MicroProfile Rest Client interface using every feature of the library: a type-level breaker
 * ({@code rates-api}) for its calls, a call with its own unnamed breaker and a default fallback
 * method, a call that fails with a checked exception, a retried call, and default methods that are
 * not REST calls. In these tests a stand-in plays the REST client implementation; each call reaches
 * {@link RatesServer} instead of a remote server.
 */
@RegisterRestClient(configKey = "rates")
@Breaker(name = "rates-api", failureThreshold = 2)
public interface RatesApi {
    /** The unnamed breaker of {@link #quote}. */
    String QUOTE_BREAKER = "dev.breaker.cdi.restclient.RatesApi.quote";

    /**
     * A call under the interface's breaker {@code rates-api}.
     *
     * @param symbol a currency pair
     * @return the server's answer
     */
    String rate(String symbol);

    /**
     * A call with a breaker of its own, unnamed, and a fallback.
     *
     * @param symbol a currency pair
     * @return the server's answer, or the fallback's
     */
    @Breaker(failureThreshold = 3)
    @WithFallback("cachedQuote")
    String quote(String symbol);

    /**
     * A call failing with a checked exception, as a {@code ResponseExceptionMapper} might make it.
     *
     * @param symbol a currency pair
     * @return the server's answer, or the fallback's
     * @throws RatesUnavailable when the server fails
     */
    @Breaker(name = "rates-history", failureThreshold = 2, failOn = RatesUnavailable.class)
    @WithFallback(value = "noHistory", applyOn = RatesUnavailable.class)
    String history(String symbol) throws RatesUnavailable;

    /**
     * A retried call, with a breaker of its own.
     *
     * @param symbol a currency pair
     * @return the server's answer
     */
    @Breaker(name = "rates-retried", failureThreshold = 5)
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10)
    String volume(String symbol);

    /**
     * An asynchronous call: its outcome is the stage's.
     *
     * @param symbol a currency pair
     * @return the server's answer, or the fallback's, when the stage completes
     */
    @Breaker(name = "rates-async", failureThreshold = 1)
    @WithFallback("cachedLater")
    CompletionStage<String> later(String symbol);

    /**
     * The fallback of {@link #later}.
     *
     * @param symbol a currency pair
     * @return a cached answer, at once
     */
    default CompletionStage<String> cachedLater(String symbol) {
        return CompletableFuture.completedFuture("cached later " + symbol);
    }

    /**
     * The fallback of {@link #quote}: it calls the client it runs on, to show it runs on one.
     *
     * @param symbol a currency pair
     * @return a cached quote, with the live rate of another call
     */
    default String cachedQuote(String symbol) {
        return "cached " + symbol + " (" + describe() + ", " + rate(symbol) + ")";
    }

    /**
     * The fallback of {@link #history}.
     *
     * @param symbol a currency pair
     * @param failure why history failed
     * @return no history, and why
     */
    default String noHistory(String symbol, Throwable failure) {
        return "no history of " + symbol + ": " + failure.getClass().getSimpleName();
    }

    /** @return a default method that is not a REST call: no breaker ever guards it */
    default String describe() {
        return "rates client";
    }
}
