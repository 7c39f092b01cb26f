package dev.breaker.it.app;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * MicroProfile Fault Tolerance's {@code @Retry}, {@code @Fallback} and {@code @Timeout} on the same
 * methods as {@code @Breaker}: MP FT's interceptor runs outside the library's, whatever the order the
 * annotations are written in. Each method has a breaker of its own and counts how often its body ran.
 */
@ApplicationScoped
public class FaultTolerantQuotes {
    /** {@code @Retry} without {@code abortOn}: it retries the breaker's rejections too. */
    public static final String RETRY = "ft-retry";
    /** {@code @Retry(abortOn = BreakerOpenException.class)}: a rejection ends the retries. */
    public static final String RETRY_ABORT = "ft-retry-abort";
    /** {@code @Fallback}: it answers the failures and the rejections. */
    public static final String FALLBACK = "ft-fallback";
    /** {@code @Timeout} on a method that ends by throwing when interrupted. */
    public static final String TIMEOUT = "ft-timeout";
    /** {@code @Timeout} on a method that ignores the interrupt and returns. */
    public static final String TIMEOUT_IGNORED = "ft-timeout-ignored";
    /** The same, with a breaker that counts a call slower than a second as a failure. */
    public static final String TIMEOUT_SLOW = "ft-timeout-slow";

    /** How long the methods under {@code @Timeout(300)} take. */
    private static final Duration SLOW = Duration.ofMillis(1200);

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    private void ran(String name) {
        runs.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * @param name a breaker of this bean
     * @return how often the body of its method ran
     */
    public int runs(String name) {
        AtomicInteger count = runs.get(name);
        return count == null ? 0 : count.get();
    }

    /** Forgets how often the methods ran. */
    public void forgetRuns() {
        runs.clear();
    }

    /** @return never: it always fails, and MP FT retries it up to three times */
    @Retry(maxRetries = 3, delay = 0, jitter = 0)
    @Breaker(name = RETRY, failureThreshold = 2, timeoutSeconds = 30)
    public String retried() {
        ran(RETRY);
        throw new IllegalStateException("quote failed");
    }

    /** @return never: it always fails; MP FT retries it, but not a rejection */
    @Retry(maxRetries = 3, delay = 0, jitter = 0, abortOn = BreakerOpenException.class)
    @Breaker(name = RETRY_ABORT, failureThreshold = 2, timeoutSeconds = 30)
    public String retriedUntilRejected() {
        ran(RETRY_ABORT);
        throw new IllegalStateException("quote failed");
    }

    /** @return never its own answer: it always fails, and MP FT's fallback answers */
    @Fallback(fallbackMethod = "cached")
    @Breaker(name = FALLBACK, failureThreshold = 2, timeoutSeconds = 30)
    public String answered() {
        ran(FALLBACK);
        throw new IllegalStateException("quote failed");
    }

    /** @return the fallback's answer */
    public String cached() {
        return "fallback answer";
    }

    /**
     * @return never in time: it sleeps until MP FT's timeout interrupts it
     * @throws InterruptedException when interrupted, which is how it ends
     */
    @Timeout(300)
    @Breaker(name = TIMEOUT, failureThreshold = 5, timeoutSeconds = 30)
    public String interruptible() throws InterruptedException {
        ran(TIMEOUT);
        TimeUnit.MILLISECONDS.sleep(SLOW.toMillis() * 5);
        return "late quote";
    }

    /** @return a quote, 1.2 seconds late: it ignores MP FT's interrupt, as blocking I/O often does */
    @Timeout(300)
    @Breaker(name = TIMEOUT_IGNORED, failureThreshold = 5, timeoutSeconds = 30)
    public String ignoresInterrupts() {
        ran(TIMEOUT_IGNORED);
        return sleepThroughInterrupts();
    }

    /** @return the same late quote, under a breaker that counts calls slower than a second as failures */
    @Timeout(300)
    @Breaker(name = TIMEOUT_SLOW, failureThreshold = 5, timeoutSeconds = 30, slowCallMillis = 1000)
    public String ignoresInterruptsButIsSlow() {
        ran(TIMEOUT_SLOW);
        return sleepThroughInterrupts();
    }

    private static String sleepThroughInterrupts() {
        long end = System.nanoTime() + SLOW.toNanos();
        boolean interrupted = false;
        for (long left = SLOW.toNanos(); left > 0; left = end - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException ignored) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return "late quote";
    }
}
