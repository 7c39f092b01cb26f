package dev.breaker.cdi.restclient;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Stands in for the class Quarkus generates for each REST client ({@code RatesApi$$CDIWrapper}): an
 * application-scoped class bean with the {@code @RestClient} qualifier that implements the interface,
 * overrides every method of it (default ones too) and carries copies of the interface's interceptor
 * bindings, type-level and method-level, with their members. So the interceptors see what they see in
 * Quarkus: {@code getMethod()} is this class's method, {@code getTarget()} the container's subclass of
 * it; default methods are intercepted too. The library must name and configure the breakers from the
 * interface, and not scan this class as a bean of its own.
 */
@ApplicationScoped
@RestClient
@Breaker(name = "rates-api", failureThreshold = 2)
public class QuarkusLikeRatesApi implements RatesApi {
    @Inject
    RatesServer server;

    @Override
    public String rate(String symbol) {
        return call("rate", symbol);
    }

    @Override
    @Breaker(failureThreshold = 3)
    @WithFallback("cachedQuote")
    public String quote(String symbol) {
        return call("quote", symbol);
    }

    @Override
    @Breaker(name = "rates-history", failureThreshold = 2, failOn = RatesUnavailable.class)
    @WithFallback(value = "noHistory", applyOn = RatesUnavailable.class)
    public String history(String symbol) throws RatesUnavailable {
        try {
            return (String) server.answer("history", new Object[] {symbol});
        } catch (RatesUnavailable | RuntimeException thrown) {
            throw thrown;
        } catch (Exception other) {
            throw new IllegalStateException(other);
        }
    }

    @Override
    @Breaker(name = "rates-retried", failureThreshold = 5)
    @RetryWithBackoff(maxAttempts = 3, baseDelayMillis = 10)
    public String volume(String symbol) {
        return call("volume", symbol);
    }

    @Override
    @Breaker(name = "rates-async", failureThreshold = 1)
    @WithFallback("cachedLater")
    @SuppressWarnings("unchecked")
    public CompletionStage<String> later(String symbol) {
        return (CompletionStage<String>) (CompletionStage<?>) server.answerLater("later", new Object[] {symbol});
    }

    @Override
    public CompletionStage<String> cachedLater(String symbol) {
        return RatesApi.super.cachedLater(symbol);
    }

    @Override
    public String cachedQuote(String symbol) {
        return RatesApi.super.cachedQuote(symbol);
    }

    @Override
    public String noHistory(String symbol, Throwable failure) {
        return RatesApi.super.noHistory(symbol, failure);
    }

    @Override
    public String describe() {
        return RatesApi.super.describe();
    }

    private String call(String method, String symbol) {
        try {
            return (String) server.answer(method, new Object[] {symbol});
        } catch (RuntimeException thrown) {
            throw thrown;
        } catch (Exception checked) {
            throw new IllegalStateException(checked);
        }
    }
}
