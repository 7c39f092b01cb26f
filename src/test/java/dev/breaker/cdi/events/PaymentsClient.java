package dev.breaker.cdi.events;

import dev.breaker.Breaker;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PaymentsClient {
    private volatile boolean down;

    @Breaker(name = "payments", failureThreshold = 2, timeoutSeconds = 10, halfOpenMaxCalls = 1)
    public String pay() {
        if (down) {
            throw new IllegalStateException("payments down");
        }
        return "paid";
    }

    public void down(boolean down) {
        this.down = down;
    }
}
