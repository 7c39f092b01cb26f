package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.RetrySettings;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncRetryTest {
    /** Holds scheduled waits until the test runs them: no thread, no sleep. */
    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final List<Long> delays = new ArrayList<>();
    private final WaitScheduler scheduler = (task, delayMillis) -> {
        delays.add(delayMillis);
        pending.add(task);
    };
    private final AtomicInteger attempts = new AtomicInteger();
    private final RetrySettings settings = new RetrySettings(3, 100, 2.0, 10_000, 0, List.of(), List.of());

    private CompletableFuture<String> start(WaitScheduler waits) {
        return AsyncRetry.start(settings, new BackoffSchedule(settings, () -> 0.5), waits, () -> {
            int attempt = attempts.incrementAndGet();
            return attempt < 3
                    ? CompletableFuture.failedFuture(new CompletionException(new IOException("attempt " + attempt)))
                    : CompletableFuture.completedFuture("ok on " + attempt);
        });
    }

    @Test
    void retriesOnTheSchedulerWithoutBlocking() {
        CompletableFuture<String> result = start(scheduler);
        assertThat(result).isNotDone();
        assertThat(attempts).hasValue(1);
        pending.poll().run();
        assertThat(attempts).hasValue(2);
        pending.poll().run();
        assertThat(result).isCompletedWithValue("ok on 3");
        assertThat(delays).containsExactly(100L, 200L);
    }

    @Test
    void countsEachAttemptBeyondTheFirstWhenItStarts() {
        AtomicInteger retries = new AtomicInteger();
        CompletableFuture<String> result = AsyncRetry.start(settings, new BackoffSchedule(settings, () -> 0.5), scheduler,
                () -> {
                    int attempt = attempts.incrementAndGet();
                    return attempt < 3 ? CompletableFuture.failedFuture(new IOException("attempt " + attempt))
                            : CompletableFuture.completedFuture("ok on " + attempt);
                }, () -> false, retries::incrementAndGet);
        assertThat(retries).as("the first attempt is no retry").hasValue(0);
        pending.poll().run();
        assertThat(retries).hasValue(1);
        pending.poll().run();
        assertThat(result).isCompletedWithValue("ok on 3");
        assertThat(retries).hasValue(2);

        AtomicInteger none = new AtomicInteger();
        AsyncRetry.start(settings, new BackoffSchedule(settings, () -> 0.5), scheduler,
                () -> CompletableFuture.completedFuture("first"), () -> false, none::incrementAndGet);
        assertThat(none).hasValue(0);
    }

    @Test
    void cancellingStopsFurtherAttempts() {
        CompletableFuture<String> result = start(scheduler);
        result.cancel(false);
        pending.poll().run();
        assertThat(attempts).hasValue(1);
        assertThat(pending).isEmpty();
    }

    @Test
    void aShutDownSchedulerEndsWithTheLastFailureUnwrapped() {
        CompletableFuture<String> result = start((task, delay) -> {
            throw new RejectedExecutionException("shut down");
        });
        assertThat(result).isCompletedExceptionally();
        assertThat(result.handle((value, failure) -> failure).join())
                .isInstanceOf(IOException.class).hasMessage("attempt 1");
    }

    @Test
    void anOperationThatThrowsCountsAsAFailedAttempt() {
        CompletableFuture<String> result = AsyncRetry.start(settings, new BackoffSchedule(settings, () -> 0.5),
                scheduler, () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("synchronous");
                });
        pending.poll().run();
        pending.poll().run();
        assertThat(attempts).hasValue(3);
        assertThat(result.handle((value, failure) -> failure).join()).isInstanceOf(IllegalStateException.class);
    }
}
