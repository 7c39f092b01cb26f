package dev.breaker.cdi.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.core.SystemClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thread that keeps the system clock's recent readings ({@code breaker-clock}) runs while the
 * application's breakers are called, and ends at once when the application stops, long before its idle
 * check would end it: nothing of the application outlives it.
 */
class ClockThreadShutdownTest {

    @ApplicationScoped
    static class QuoteClient {
        @Breaker(name = "quotes")
        String quote() {
            return "quote";
        }
    }

    private static List<Thread> clockThreads() {
        List<Thread> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("breaker-clock") && thread.isAlive()) {
                found.add(thread);
            }
        }
        return found;
    }

    @Test
    void theClockThreadStopsWithTheContainer() {
        Thread ticking;
        try (SeContainer container = TestDeployment.of(QuoteClient.class).weld().initialize()) {
            QuoteClient client = container.select(QuoteClient.class).get();
            for (int i = 0; i < 10; i++) {
                assertThat(client.quote()).isEqualTo("quote");
            }
            assertThat(clockThreads()).hasSize(1);
            assertThat(SystemClock.INSTANCE.isTicking()).isTrue();
            ticking = clockThreads().get(0);
            assertThat(client.quote()).isEqualTo("quote"); // read just now: the idle check would wait a second more
        }
        await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(5)).until(() -> !ticking.isAlive());
        assertThat(clockThreads()).isEmpty();
        assertThat(SystemClock.INSTANCE.isTicking()).isFalse();
    }

    @Test
    void aContainerStartedAfterwardsStartsItAgain() {
        try (SeContainer first = TestDeployment.of(QuoteClient.class).weld().initialize()) {
            first.select(QuoteClient.class).get().quote();
        }
        await().atMost(Duration.ofMillis(500)).until(() -> clockThreads().isEmpty());
        try (SeContainer second = TestDeployment.of(QuoteClient.class).weld().initialize()) {
            second.select(QuoteClient.class).get().quote();
            assertThat(clockThreads()).hasSize(1);
        }
        await().atMost(Duration.ofMillis(500)).until(() -> clockThreads().isEmpty());
    }
}
