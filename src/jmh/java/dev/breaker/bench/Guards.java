package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.smallrye.faulttolerance.api.TypedGuard;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

/**
 * Builds the breaker under test and its three peers with the same protection, as near as each API
 * allows: open after {@value #FAILURES} consecutive failures, stay open {@link #OPEN_FOR}, then admit
 * {@value #TRIALS} trial calls. Everything else is left at each library's default (so each peer's
 * default rejection, stack trace included, is what the rejection benchmark measures).
 */
final class Guards {
    static final int FAILURES = 5;
    static final int TRIALS = 3;
    /** Long enough that an OPEN breaker stays OPEN through the whole run. */
    static final Duration OPEN_FOR = Duration.ofHours(1);

    private Guards() {
    }

    static CircuitBreaker breaker(String name) {
        return CircuitBreaker.builder(name)
                .failureThreshold(FAILURES)
                .timeout(OPEN_FOR)
                .halfOpenMaxCalls(TRIALS)
                .build();
    }

    /** A window of the last 5 calls that opens at a 100% failure rate: 5 consecutive failures. */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j(String name) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(FAILURES)
                .minimumNumberOfCalls(FAILURES)
                .failureRateThreshold(100)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(TRIALS)
                .build();
        return io.github.resilience4j.circuitbreaker.CircuitBreaker.of(name, config);
    }

    static dev.failsafe.CircuitBreaker<String> failsafeBreaker() {
        return dev.failsafe.CircuitBreaker.<String>builder()
                .withFailureThreshold(FAILURES)
                .withDelay(OPEN_FOR)
                .withSuccessThreshold(TRIALS)
                .build();
    }

    static FailsafeExecutor<String> failsafe(dev.failsafe.CircuitBreaker<String> breaker) {
        return Failsafe.with(breaker);
    }

    /**
     * A rolling window of 5 requests that opens at a failure ratio of 1: 5 consecutive failures.
     * Unnamed: a named SmallRye breaker is also kept in a global maintenance registry.
     */
    static TypedGuard<String> smallrye() {
        return TypedGuard.create(String.class)
                .withCircuitBreaker()
                .requestVolumeThreshold(FAILURES)
                .failureRatio(1.0)
                .delay(OPEN_FOR.toMillis(), ChronoUnit.MILLIS)
                .successThreshold(TRIALS)
                .done()
                .build();
    }

    /** Runs a failing call {@value #FAILURES} times through {@code guard}, enough to open any of them. */
    static void fail(GuardedCall guard) {
        for (int i = 0; i < FAILURES; i++) {
            try {
                guard.call(() -> {
                    throw new IllegalStateException("induced failure");
                });
            } catch (Exception expected) {
                // the point: each of these counts as a failure
            }
        }
    }

    /** One guard's call method, so that {@link #fail} works for all four. */
    @FunctionalInterface
    interface GuardedCall {
        String call(Callable<String> operation) throws Exception;
    }
}
