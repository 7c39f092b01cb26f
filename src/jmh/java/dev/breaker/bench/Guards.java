package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
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
 *
 * <p>Ratio mode (issue 13) has two more shapes, each built with every library that has it: a count
 * window of the last {@value #WINDOW} calls that opens at a failure ratio of {@value #RATIO} once it is
 * full, and a window of the calls of the last {@link #WINDOW_DURATION} that opens at that ratio once it
 * holds {@value #WINDOW} calls. Only successful calls are benchmarked, so every one of them stays CLOSED.
 */
final class Guards {
    static final int FAILURES = 5;
    static final int TRIALS = 3;
    /** Long enough that an OPEN breaker stays OPEN through the whole run. */
    static final Duration OPEN_FOR = Duration.ofHours(1);

    /** Ratio mode: calls in a count window, and the minimum a window must hold before it may open. */
    static final int WINDOW = 100;
    /** Ratio mode: the failure ratio that opens. */
    static final double RATIO = 0.5;
    /** Ratio mode: the period of a time window. */
    static final Duration WINDOW_DURATION = Duration.ofSeconds(60);
    /** Slow-call detection: a call that returns after this long counts as failed (never, in a benchmark). */
    static final Duration SLOW_CALL = Duration.ofSeconds(10);

    private Guards() {
    }

    static CircuitBreaker breaker(String name) {
        return CircuitBreaker.builder(name)
                .failureThreshold(FAILURES)
                .timeout(OPEN_FOR)
                .halfOpenMaxCalls(TRIALS)
                .build();
    }

    /** The consecutive-mode breaker with slow-call detection on. */
    static CircuitBreaker breakerSlowCalls(String name) {
        return CircuitBreaker.builder(name)
                .failureThreshold(FAILURES)
                .timeout(OPEN_FOR)
                .halfOpenMaxCalls(TRIALS)
                .slowCallDuration(SLOW_CALL)
                .build();
    }

    /** Ratio mode, a count window of the last {@value #WINDOW} calls, which opens only when full. */
    static CircuitBreaker.Builder breakerCountWindowBuilder(String name) {
        return CircuitBreaker.builder(name)
                .failureRatio(RATIO)
                .windowSize(WINDOW)
                .minimumCalls(WINDOW)
                .timeout(OPEN_FOR)
                .halfOpenMaxCalls(TRIALS);
    }

    static CircuitBreaker breakerCountWindow(String name) {
        return breakerCountWindowBuilder(name).build();
    }

    /** Ratio mode, a window of the calls of the last {@link #WINDOW_DURATION}, at least {@value #WINDOW} of them. */
    static CircuitBreaker.Builder breakerTimeWindowBuilder(String name) {
        return CircuitBreaker.builder(name)
                .failureRatio(RATIO)
                .windowDuration(WINDOW_DURATION)
                .minimumCalls(WINDOW)
                .timeout(OPEN_FOR)
                .halfOpenMaxCalls(TRIALS);
    }

    static CircuitBreaker breakerTimeWindow(String name) {
        return breakerTimeWindowBuilder(name).build();
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

    /**
     * Resilience4j's {@code COUNT_BASED} window of {@value #WINDOW} calls at a {@value #RATIO} failure
     * rate, deciding once it holds {@value #WINDOW}; its slow-call timing is on whatever one sets (by
     * default a call over 60 s is slow), so {@code slowCall} only says which threshold it uses.
     *
     * @param strategy {@code SYNCHRONIZED} (the default: a lock per record) or {@code LOCK_FREE}
     * @param slowCall the slow-call threshold, or {@code null} for the default
     */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCountWindow(String name,
            SlidingWindowSynchronizationStrategy strategy, Duration slowCall) {
        return resilience4jWindow(name, SlidingWindowType.COUNT_BASED, WINDOW, strategy, slowCall);
    }

    /**
     * Resilience4j's {@code TIME_BASED} window of {@link #WINDOW_DURATION} at a {@value #RATIO} failure
     * rate, deciding once it holds {@value #WINDOW} calls.
     *
     * @param strategy {@code SYNCHRONIZED} (the default) or {@code LOCK_FREE}
     */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jTimeWindow(String name,
            SlidingWindowSynchronizationStrategy strategy) {
        return resilience4jWindow(name, SlidingWindowType.TIME_BASED, (int) WINDOW_DURATION.toSeconds(), strategy,
                null);
    }

    private static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jWindow(String name,
            SlidingWindowType type, int size, SlidingWindowSynchronizationStrategy strategy, Duration slowCall) {
        CircuitBreakerConfig.Builder config = CircuitBreakerConfig.custom()
                .slidingWindowType(type)
                .slidingWindowSize(size)
                .slidingWindowSynchronizationStrategy(strategy)
                .minimumNumberOfCalls(WINDOW)
                .failureRateThreshold((float) (RATIO * 100))
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(TRIALS);
        if (slowCall != null) {
            config.slowCallDurationThreshold(slowCall);
        }
        return io.github.resilience4j.circuitbreaker.CircuitBreaker.of(name, config.build());
    }

    /** Failsafe's count-based thresholding: open when half of the last {@value #WINDOW} executions failed. */
    static dev.failsafe.CircuitBreaker<String> failsafeCountWindow() {
        return dev.failsafe.CircuitBreaker.<String>builder()
                .withFailureThreshold((int) (WINDOW * RATIO), WINDOW)
                .withDelay(OPEN_FOR)
                .withSuccessThreshold(TRIALS)
                .build();
    }

    /**
     * Failsafe's time-based thresholding: open at a {@value #RATIO} failure rate over the executions of
     * the last {@link #WINDOW_DURATION}, once there are {@value #WINDOW} of them.
     */
    static dev.failsafe.CircuitBreaker<String> failsafeTimeWindow() {
        return dev.failsafe.CircuitBreaker.<String>builder()
                .withFailureRateThreshold((int) (RATIO * 100), WINDOW, WINDOW_DURATION)
                .withDelay(OPEN_FOR)
                .withSuccessThreshold(TRIALS)
                .build();
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

    /**
     * SmallRye's rolling window of {@value #WINDOW} requests (its {@code requestVolumeThreshold}) that opens
     * at a failure ratio of {@value #RATIO}. Unnamed, as {@link #smallrye()}.
     */
    static TypedGuard<String> smallryeCountWindow() {
        return TypedGuard.create(String.class)
                .withCircuitBreaker()
                .requestVolumeThreshold(WINDOW)
                .failureRatio(RATIO)
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
