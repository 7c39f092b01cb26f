package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: retries kept hammering a dependency whose breaker had opened, because a whole run of retries
 * holds one permit of the breaker around it. Between attempts, a retry whose method also has a
 * {@code @Breaker} now stops when that breaker is OPEN: no further attempt, and the last failure is
 * thrown. Here another caller opens the breaker while the retry waits after its first attempt.
 */
@EnableWeld
class RetriesHammerOpenBackendTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(OpenBackendClient.class, RecordingRetryScheduler.class).initiator();

    @Inject
    OpenBackendClient client;
    @Inject
    RecordingRetryScheduler waits;
    @Inject
    CircuitBreakerRegistry breakers;

    /** What another caller does meanwhile: it fails once through the same breaker, which opens it. */
    private void anotherCallerOpensTheBreaker() {
        assertThatThrownBy(client::other).isInstanceOf(IOException.class);
        assertThat(breakers.get(OpenBackendClient.BREAKER).state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aRetryStopsOnceItsBreakerOpenedAndThrowsTheLastFailure() {
        waits.duringNextWait(this::anotherCallerOpensTheBreaker);

        assertThatThrownBy(client::fetch).isInstanceOf(IOException.class).hasMessage("backend call 1");

        assertThat(client.backendCalls()).as("backend calls").isEqualTo(1);
        assertThat(waits.sleeps()).hasSize(1);
    }

    @Test
    void anAsynchronousRetryStopsOnceItsBreakerOpenedAndFailsWithTheLastFailure() {
        CompletableFuture<String> run = client.fetchLater().toCompletableFuture();
        assertThat(waits.pendingWaits()).isEqualTo(1);
        anotherCallerOpensTheBreaker();

        waits.endNextWait();

        assertThat(run).isCompletedExceptionally();
        assertThat(run.handle((value, failure) -> failure).join()).isInstanceOf(IOException.class)
                .hasMessage("backend call 1");
        assertThat(client.backendCalls()).as("backend calls").isEqualTo(1);
        assertThat(waits.pendingWaits()).isZero();
    }

    @Test
    void aRetryWhoseBreakerStaysClosedMakesEveryAttempt() {
        assertThatThrownBy(client::fetch).isInstanceOf(IOException.class).hasMessage("backend call 5");
        assertThat(client.backendCalls()).isEqualTo(5);
    }
}
