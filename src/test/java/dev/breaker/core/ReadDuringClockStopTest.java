package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A read of the system clock's recent readings racing {@link ClockTicker#stop()} (an application shutting
 * down while another one in the same JVM, with the same library copy, is called) must not leave the
 * readings frozen: once the race is over, a read must find a thread refreshing them.
 *
 * <p>The race is replayed on {@code stop()}'s own code: the reader's whole {@code nanoTime()} runs between
 * its two steps ({@link ClockTicker#stop(Runnable)}). The first version cleared {@code read} before
 * unregistering the thread: a reader between the two then set it again and found the old thread still
 * registered, so it started none, and the readings stayed frozen for good.
 */
class ReadDuringClockStopTest {

    @Test
    void aReadBetweenTheStepsOfStopLeavesTheReadingsRefreshed() {
        ClockTicker ticker = new ClockTicker();
        ticker.nanoTime(); // a thread runs
        assertThat(ticker.isTicking()).isTrue();

        ticker.stop(ticker::nanoTime); // a reader between the two steps of stop()

        long frozen = ticker.nanoTime();
        try {
            assertThat(ticker.isTicking()).as("a read after the race finds the readings refreshed").isTrue();
            await().atMost(Duration.ofSeconds(2)).until(() -> ticker.nanoTime() != frozen);
        } finally {
            ticker.stop();
        }
    }
}
