package dev.breaker.cdi.opening;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class ExchangeClient {
    private final AtomicInteger runs = new AtomicInteger();
    private volatile boolean down;

    @Breaker(name = "exchange-api", failureThreshold = 2, timeoutSeconds = 30, halfOpenMaxCalls = 2)
    public String ticker(String symbol) {
        runs.incrementAndGet();
        if (down) {
            throw new IllegalStateException("exchange down");
        }
        return symbol + "=42";
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public int runs() {
        return runs.get();
    }
}
