package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: retry and fallback swallowed interrupts. A {@code @RetryWithBackoff} attempt that threw
 * {@code InterruptedException} was retried, and the caller's interrupt was lost; with
 * {@code @WithFallback} the caller got the fallback's value with its interrupt flag clear. Now an
 * {@code InterruptedException} ends the attempts at once and is thrown as it is, and a fallback that
 * answers one sets the interrupt flag again.
 */
@EnableWeld
class InterruptSwallowedTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(InterruptingClient.class, RecordingRetryScheduler.class).initiator();

    @Inject
    InterruptingClient client;
    @Inject
    RecordingRetryScheduler waits;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void cleanUp() {
        Thread.interrupted(); // whatever a failed assertion left set
        client.freeEveryWait();
        executor.shutdownNow();
    }

    @Test
    void anInterruptedAttemptIsNotRetriedAndReachesTheCallerAsItIs() {
        assertThatThrownBy(client::interrupted).isSameAs(client.lastThrown())
                .hasMessage("interrupted in attempt 1");
        assertThat(client.attempts()).isEqualTo(1);
        assertThat(waits.sleeps()).isEmpty();
    }

    @Test
    void anInterruptedAttemptIsNotRetriedEvenWhenRetryOnNamesIt() {
        assertThatThrownBy(client::interruptedThoughRetryOnNamesIt).isInstanceOf(InterruptedException.class)
                .hasMessage("interrupted in attempt 1");
        assertThat(client.attempts()).isEqualTo(1);
    }

    @Test
    void aFallbackAnsweringAnInterruptionSetsTheInterruptFlagAgain() throws Exception {
        try {
            assertThat(client.interruptedWithFallback()).isEqualTo("cached");
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(client.attempts()).as("attempts before the fallback answered").isEqualTo(1);
    }

    @Test
    void aFallbackWithoutRetryAnsweringAnInterruptionSetsTheInterruptFlagAgain() throws Exception {
        try {
            assertThat(client.interruptedWithFallbackOnly()).isEqualTo("cached");
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void cancellingTheTaskOfARetriedMethodEndsItsAttempts() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        Future<String> task = executor.submit(() -> {
            try {
                return client.waitsForTheDependency();
            } finally {
                ended.countDown();
            }
        });
        assertThat(client.waiting().await(30, TimeUnit.SECONDS)).as("the first attempt waits").isTrue();

        task.cancel(true);

        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the retried method ended once its task was cancelled")
                .isTrue();
        assertThat(client.attempts()).as("attempts made").isEqualTo(1);
        assertThat(waits.sleeps()).isEmpty();
    }
}
