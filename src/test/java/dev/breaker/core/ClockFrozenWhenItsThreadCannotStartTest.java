package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The clock thread could not be started (a JVM out of native threads, a container that refuses
 * threads): the first version had already set its "read" flag, which only that thread clears, so no
 * read ever tried again, the readings stayed frozen for good (no slow call detected, a time window
 * stuck in one bucket), and the call that tried to start it failed with the thread's error.
 */
class ClockFrozenWhenItsThreadCannotStartTest {

    @Test
    void readingsKeepMovingAndTheCallerSeesNothingWhenNoThreadCanStart() {
        ClockTicker ticker = new ClockTicker(tick -> {
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
        });

        long first = ticker.nanoTime();
        assertThatCode(ticker::epochMillis).doesNotThrowAnyException();
        assertThat(ticker.isTicking()).isFalse();
        await("a later reading").atMost(Duration.ofSeconds(5)).until(() -> ticker.nanoTime() > first);
        long millis = ticker.epochMillis();
        await("a later wall-clock reading").atMost(Duration.ofSeconds(5)).until(() -> ticker.epochMillis() > millis);
    }

    @Test
    void aThreadThatStartsLaterTakesOverFromTheCalls() {
        AtomicInteger refusals = new AtomicInteger(1);
        ClockTicker ticker = new ClockTicker(tick -> {
            if (refusals.getAndDecrement() > 0) {
                throw new IllegalStateException("threads are refused now");
            }
            return new Thread(tick, ClockTicker.THREAD_NAME);
        });
        try {
            ticker.nanoTime();
            assertThat(ticker.isTicking()).isFalse();

            await("a thread, once the container gives one again").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        ticker.nanoTime();
                        return ticker.isTicking();
                    });
        } finally {
            ticker.stop();
        }
    }
}
