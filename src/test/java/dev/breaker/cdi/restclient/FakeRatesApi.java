package dev.breaker.cdi.restclient;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An application's own class implementing the REST client interface (a fake for tests, say): a bean
 * like any other, whose own annotations apply; CDI does not inherit the interface's.
 */
@ApplicationScoped
public class FakeRatesApi implements RatesApi {
    @Override
    @Breaker(name = "fake-rates", failureThreshold = 1)
    public String rate(String symbol) {
        throw new IllegalStateException("the fake is down");
    }

    @Override
    public String quote(String symbol) {
        return "fake quote";
    }

    @Override
    public String history(String symbol) {
        return "fake history";
    }

    @Override
    public String volume(String symbol) {
        return "fake volume";
    }

    @Override
    public CompletionStage<String> later(String symbol) {
        return CompletableFuture.completedFuture("fake later");
    }
}
