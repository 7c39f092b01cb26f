package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A read of the system clock's recent readings racing {@link ClockTicker#stop()} (an application shutting
 * down while another one in the same JVM, with the same library copy, is called) must not leave the
 * readings frozen: once the race is over, a read must find a thread refreshing them.
 *
 * <p>The race is replayed step by step: {@code stop()} is run as its two statements as they are written
 * (unregister and wake the thread, then clear {@code read}), with the reader's whole {@code nanoTime()}
 * between them (its own code, unchanged). The first version cleared {@code read} first: a reader between
 * the two then set it again and found the old thread still registered, so it started none, and the
 * readings stayed frozen for good. A change to {@code stop()} changes what to replay here.
 */
class ReadDuringClockStopTest {

    @Test
    void aReadBetweenTheStepsOfStopLeavesTheReadingsRefreshed() throws Exception {
        ClockTicker ticker = new ClockTicker();
        ticker.nanoTime(); // a thread runs
        assertThat(ticker.isTicking()).isTrue();

        // stop(), first statement: the thread is unregistered and woken, and ends
        @SuppressWarnings("unchecked")
        AtomicReference<Thread> ticking = (AtomicReference<Thread>) field("ticking").get(ticker);
        Thread stopped = ticking.getAndSet(null);
        LockSupport.unpark(stopped);
        await().atMost(Duration.ofSeconds(5)).until(() -> !stopped.isAlive());
        // meanwhile, a reader
        ticker.nanoTime();
        // stop(), the rest: read = false
        field("read").setBoolean(ticker, false);

        long frozen = ticker.nanoTime();
        try {
            assertThat(ticker.isTicking()).as("a read after the race finds the readings refreshed").isTrue();
            await().atMost(Duration.ofSeconds(2)).until(() -> ticker.nanoTime() != frozen);
        } finally {
            ticker.stop();
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = ClockTicker.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
