package dev.breaker.regression.cdi;

import dev.breaker.Breaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.RetryWithBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that always fails, called by many retrying callers at once, for
 * {@link RetriesHammerOpenBackendUnderLoadTest}. It notes, for each caller's thread, how many calls it
 * received and how many of them began while the breaker was already OPEN.
 */
@ApplicationScoped
public class HammeredBackend {
    static final String BREAKER = "hammered-backend";
    static final int CALLERS = 16;
    static final int ATTEMPTS = 10;

    private final Map<Thread, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<Thread, AtomicInteger> callsWhileOpen = new ConcurrentHashMap<>();
    private final CountDownLatch everyCallerIn = new CountDownLatch(CALLERS);

    @Inject
    CircuitBreakerRegistry breakers;

    @Breaker(name = BREAKER, failureThreshold = 1)
    @RetryWithBackoff(maxAttempts = ATTEMPTS, baseDelayMillis = 50, multiplier = 1, jitter = 0)
    public String fetch() throws IOException, InterruptedException {
        Thread caller = Thread.currentThread();
        boolean open = breakers.get(BREAKER).state() == CircuitState.OPEN;
        int call = calls.computeIfAbsent(caller, thread -> new AtomicInteger()).incrementAndGet();
        if (open) {
            callsWhileOpen.computeIfAbsent(caller, thread -> new AtomicInteger()).incrementAndGet();
        }
        if (call == 1) {
            // No run of retries may end (and open the breaker) before every caller is inside its own.
            everyCallerIn.countDown();
            everyCallerIn.await(30, TimeUnit.SECONDS);
        }
        throw new IOException("backend call " + call + " of " + caller.getName());
    }

    /** Another caller of the same dependency, without retry: its failure opens the breaker. */
    @Breaker(name = BREAKER, failureThreshold = 1)
    public String other() throws IOException {
        throw new IOException("another caller's failure");
    }

    /** @return counted down by each caller's first attempt: every caller is then inside its run of retries */
    public CountDownLatch everyCallerIn() {
        return everyCallerIn;
    }

    public Map<Thread, AtomicInteger> calls() {
        return calls;
    }

    public Map<Thread, AtomicInteger> callsWhileOpen() {
        return callsWhileOpen;
    }
}
