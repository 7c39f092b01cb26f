package dev.breaker.cdi.retrythreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.breaker.cdi.RetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real scheduler: its threads, the application's shutdown, an interrupted wait. */
class RetrySchedulerTest {
    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static WeldContainer start(String baseDelay) {
        return TestDeployment.of(AlertClient.class).config("retry.base-delay", baseDelay).weld().initialize();
    }

    private static List<Thread> schedulerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(RetryScheduler.THREAD_NAME_PREFIX) && thread.isAlive())
                .toList();
    }

    @Test
    void theNextAttemptRunsOnANamedDaemonThreadOfTheApplication() {
        try (WeldContainer container = start("20ms")) {
            AlertClient client = container.select(AlertClient.class).get();
            CompletableFuture<String> sent = client.send("disk full").toCompletableFuture();

            await().atMost(Duration.ofSeconds(10)).until(sent::isDone);
            assertThat(sent).isCompletedWithValue("disk full sent");
            Thread retried = client.threads().get(1);
            assertThat(retried.getName()).startsWith(RetryScheduler.THREAD_NAME_PREFIX);
            assertThat(retried.isDaemon()).isTrue();
            assertThat(client.threads().get(0)).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void stoppingTheApplicationEndsWaitingRetriesAndLeavesNoThreadBehind() {
        CompletableFuture<String> sent;
        try (WeldContainer container = start("1h")) {
            sent = container.select(AlertClient.class).get().send("disk full").toCompletableFuture();
            assertThat(sent).isNotDone();
            assertThat(schedulerThreads()).isNotEmpty();
        }

        assertThat(sent).isCompletedExceptionally();
        assertThat(sent.handle((value, failure) -> failure).join())
                .isInstanceOf(IOException.class).hasMessage("pager down")
                .satisfies(failure -> assertThat(failure.getSuppressed())
                        .singleElement().isInstanceOf(RejectedExecutionException.class));
        await().atMost(Duration.ofSeconds(10)).until(() -> schedulerThreads().isEmpty());
    }

    @Test
    void aSecondDeploymentInTheSameJvmGetsAFreshScheduler() {
        for (int deployment = 0; deployment < 2; deployment++) {
            try (WeldContainer container = start("5ms")) {
                CompletableFuture<String> sent = container.select(AlertClient.class).get().send("disk full")
                        .toCompletableFuture();
                await().atMost(Duration.ofSeconds(10)).until(sent::isDone);
                assertThat(sent).isCompletedWithValue("disk full sent");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> schedulerThreads().isEmpty());
        }
    }

    @Test
    void anInterruptedWaitEndsTheAttemptsWithTheLastFailureAndTheFlagSetAgain() {
        try (WeldContainer container = start("1h")) {
            AlertClient client = container.select(AlertClient.class).get();
            Thread.currentThread().interrupt();

            assertThatThrownBy(() -> client.sendNow("disk full")).isInstanceOf(IOException.class).hasMessage("pager down");
            assertThat(client.runs()).isEqualTo(1);
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
