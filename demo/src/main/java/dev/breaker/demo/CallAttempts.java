package dev.breaker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempts of the call in progress, so the demo can show what {@code @RetryWithBackoff} did
 * inside one call: {@link ExchangeRateClient#rate} records every attempt that failed, and
 * {@link TrafficLoop} reads them once the call returns. Kept per thread because a synchronous
 * retried method makes all its attempts in the caller's thread.
 */
@ApplicationScoped
public class CallAttempts {
    private final ThreadLocal<List<String>> failures = ThreadLocal.withInitial(ArrayList::new);

    /** Forgets the attempts of the previous call; the caller's thread starts a new one. */
    public void begin() {
        failures.get().clear();
    }

    /** @param message why an attempt failed */
    public void failed(String message) {
        failures.get().add(message);
    }

    /** @return why each failed attempt of the current call failed, in order */
    public List<String> failures() {
        return List.copyOf(failures.get());
    }
}
