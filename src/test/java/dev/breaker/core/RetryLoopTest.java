package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitState;
import dev.breaker.RetrySettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryLoopTest {
    private final List<Long> waits = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private RetryLoop loop(RetrySettings settings) {
        return new RetryLoop(settings, new BackoffSchedule(settings, () -> 0.5), waits::add);
    }

    private static RetrySettings settings(int maxAttempts, List<Class<? extends Throwable>> retryOn,
            List<Class<? extends Throwable>> abortOn) {
        return new RetrySettings(maxAttempts, 100, 2.0, 10_000, 0, retryOn, abortOn);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void retriesUntilSuccessWaitingTheSchedule() throws Exception {
        String result = loop(settings(5, List.of(), List.of())).call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IOException("flaky");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(attempts).hasValue(3);
        assertThat(waits).containsExactly(100L, 200L);
    }

    @Test
    void countsEachAttemptBeyondTheFirstAndNothingWhenTheFirstSucceeds() throws Exception {
        RetrySettings settings = settings(3, List.of(), List.of());
        AtomicInteger retries = new AtomicInteger();
        RetryLoop counted = new RetryLoop(settings, new BackoffSchedule(settings, () -> 0.5), waits::add, () -> false,
                retries::incrementAndGet);
        assertThat(counted.call(() -> "first")).isEqualTo("first");
        assertThat(retries).as("a first-attempt success").hasValue(0);
        assertThat(counted.call(() -> {
            if (attempts.incrementAndGet() < 2) {
                throw new IOException("flaky");
            }
            return "second";
        })).isEqualTo("second");
        assertThat(retries).hasValue(1);
        assertThatThrownBy(() -> counted.call(() -> {
            throw new IOException("down");
        })).hasMessage("down");
        assertThat(retries).as("three attempts: two retries").hasValue(3);
    }

    @Test
    void aRunStoppedBetweenAttemptsCountsNoRetry() {
        RetrySettings settings = settings(3, List.of(), List.of());
        AtomicInteger retries = new AtomicInteger();
        RetryLoop stopped = new RetryLoop(settings, new BackoffSchedule(settings, () -> 0.5), waits::add, () -> true,
                retries::incrementAndGet);
        assertThatThrownBy(() -> stopped.call(() -> {
            throw new IOException("down");
        })).hasMessage("down");
        assertThat(retries).hasValue(0);
    }

    @Test
    void throwsTheLastFailureAfterMaxAttempts() {
        assertThatThrownBy(() -> loop(settings(3, List.of(), List.of())).call(() -> {
            throw new IOException("attempt " + attempts.incrementAndGet());
        })).isInstanceOf(IOException.class).hasMessage("attempt 3");
        assertThat(waits).hasSize(2);
    }

    @Test
    void neverRetriesABreakerRejection() {
        BreakerOpenException rejected = new BreakerOpenException("b", CircuitState.OPEN, Duration.ofSeconds(1));
        assertThatThrownBy(() -> loop(settings(5, List.of(RuntimeException.class), List.of())).call(() -> {
            attempts.incrementAndGet();
            throw rejected;
        })).isSameAs(rejected);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void abortOnWinsOverRetryOn() {
        assertThatThrownBy(() -> loop(settings(5, List.of(IOException.class), List.of(java.io.FileNotFoundException.class)))
                .call(() -> {
                    attempts.incrementAndGet();
                    throw new java.io.FileNotFoundException("gone");
                })).isInstanceOf(java.io.FileNotFoundException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void failuresOutsideRetryOnAreNotRetried() {
        assertThatThrownBy(() -> loop(settings(5, List.of(IOException.class), List.of())).call(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void errorsAreNotRetriedByDefault() {
        assertThatThrownBy(() -> loop(settings(5, List.of(), List.of())).call(() -> {
            attempts.incrementAndGet();
            throw new AssertionError("boom");
        })).isInstanceOf(AssertionError.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void anInterruptedWaitEndsTheAttemptsAndKeepsTheFlag() {
        RetrySettings settings = settings(5, List.of(), List.of());
        RetryLoop interrupting = new RetryLoop(settings, new BackoffSchedule(settings, () -> 0.5), millis -> {
            throw new InterruptedException();
        });
        assertThatThrownBy(() -> interrupting.call(() -> {
            throw new IOException("attempt " + attempts.incrementAndGet());
        })).isInstanceOf(IOException.class).hasMessage("attempt 1");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
