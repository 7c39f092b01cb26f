package dev.breaker;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A snapshot of one breaker's state and lifetime counters. Counts are for the breaker's whole life
 * ({@link CircuitBreaker#reset()} keeps them). {@link #totalCalls()} is, by construction, always
 * {@code successCount() + failureCount() + rejectedCount()}.
 *
 * @param state the state when the snapshot was taken
 * @param successCount calls that completed and counted as successes
 * @param failureCount calls that counted as failures, including trials that timed out
 * @param rejectedCount calls rejected without running
 * @param stateChanges transitions since the breaker was created
 * @param openedCount transitions to OPEN since the breaker was created (from CLOSED, and from HALF_OPEN
 *     when a trial fails); exported as {@code breaker.opened}
 * @param lastFailureTime when the last failure was counted, if any
 * @param lastSuccessTime when the last success was counted, if any (millisecond precision)
 * @param failureRatio in ratio mode, the share of failures among the outcomes in the current window (0
 *     when it holds none, and outside CLOSED, where the window is empty); empty in consecutive mode
 */
public record BreakerMetrics(
        CircuitState state,
        long successCount,
        long failureCount,
        long rejectedCount,
        long stateChanges,
        long openedCount,
        Optional<Instant> lastFailureTime,
        Optional<Instant> lastSuccessTime,
        OptionalDouble failureRatio) {

    /**
     * Checks that no component is null and no count is negative.
     *
     * @param state the state when the snapshot was taken
     * @param successCount calls that completed and counted as successes
     * @param failureCount calls that counted as failures, including trials that timed out
     * @param rejectedCount calls rejected without running
     * @param stateChanges transitions since the breaker was created
     * @param openedCount transitions to OPEN since the breaker was created
     * @param lastFailureTime when the last failure was counted, if any
     * @param lastSuccessTime when the last success was counted, if any (millisecond precision)
     * @param failureRatio in ratio mode, the share of failures in the current window; empty in
     *     consecutive mode
     */
    public BreakerMetrics {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(failureRatio, "failureRatio");
        Objects.requireNonNull(lastFailureTime, "lastFailureTime");
        Objects.requireNonNull(lastSuccessTime, "lastSuccessTime");
        if (successCount < 0 || failureCount < 0 || rejectedCount < 0 || stateChanges < 0 || openedCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * A snapshot that does not know how often the breaker opened: {@link #openedCount()} is 0.
     *
     * @param state the state when the snapshot was taken
     * @param successCount calls that completed and counted as successes
     * @param failureCount calls that counted as failures, including trials that timed out
     * @param rejectedCount calls rejected without running
     * @param stateChanges transitions since the breaker was created
     * @param lastFailureTime when the last failure was counted, if any
     * @param lastSuccessTime when the last success was counted, if any (millisecond precision)
     * @param failureRatio in ratio mode, the share of failures in the current window; empty in
     *     consecutive mode
     */
    public BreakerMetrics(CircuitState state, long successCount, long failureCount, long rejectedCount,
            long stateChanges, Optional<Instant> lastFailureTime, Optional<Instant> lastSuccessTime,
            OptionalDouble failureRatio) {
        this(state, successCount, failureCount, rejectedCount, stateChanges, 0, lastFailureTime, lastSuccessTime,
                failureRatio);
    }

    /**
     * A snapshot of a breaker in consecutive mode that does not know how often it opened:
     * {@link #openedCount()} is 0.
     *
     * @param state the state when the snapshot was taken
     * @param successCount calls that completed and counted as successes
     * @param failureCount calls that counted as failures, including trials that timed out
     * @param rejectedCount calls rejected without running
     * @param stateChanges transitions since the breaker was created
     * @param lastFailureTime when the last failure was counted, if any
     * @param lastSuccessTime when the last success was counted, if any (millisecond precision)
     */
    public BreakerMetrics(CircuitState state, long successCount, long failureCount, long rejectedCount,
            long stateChanges, Optional<Instant> lastFailureTime, Optional<Instant> lastSuccessTime) {
        this(state, successCount, failureCount, rejectedCount, stateChanges, 0, lastFailureTime, lastSuccessTime,
                OptionalDouble.empty());
    }

    /** @return every call the breaker saw: successes, failures and rejections */
    public long totalCalls() {
        return successCount + failureCount + rejectedCount;
    }

    /** @return failures divided by completed calls (successes and failures), or 0 when none completed */
    public double failureRate() {
        long completed = successCount + failureCount;
        return completed == 0 ? 0.0 : (double) failureCount / completed;
    }
}
