package dev.breaker.cdi.retryasync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.RecordingRetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** CompletionStage methods are retried on the scheduler: the caller's thread never waits. */
@EnableWeld
class AsyncRetryTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(ShippingClient.class, RecordingRetryScheduler.class).initiator();

    @Inject
    ShippingClient shipping;
    @Inject
    RecordingRetryScheduler waits;

    @Test
    void returnsAtOnceAndRetriesWhenEachWaitEnds() {
        shipping.succeedAfter(2);
        CompletableFuture<String> tracking = shipping.track("P-1").toCompletableFuture();

        assertThat(tracking).isNotDone();
        assertThat(shipping.runs()).isEqualTo(1);
        assertThat(waits.sleeps()).isEmpty();

        waits.endNextWait();
        assertThat(shipping.runs()).isEqualTo(2);
        assertThat(tracking).isNotDone();

        waits.endNextWait();
        assertThat(tracking).isCompletedWithValue("P-1 delivered");
        assertThat(waits.delays()).containsExactly(40L, 80L);
    }

    @Test
    void failsWithTheLastFailureUnwrappedAfterMaxAttempts() {
        CompletableFuture<String> tracking = shipping.track("P-1").toCompletableFuture();
        waits.endNextWait();
        waits.endNextWait();

        assertThat(shipping.runs()).isEqualTo(3);
        assertThat(waits.pendingWaits()).isZero();
        assertThat(tracking.handle((value, failure) -> failure).join())
                .isInstanceOf(IOException.class).hasMessage("attempt 3");
    }

    @Test
    void aThrownFailureIsAnAttemptAndAbortOnEndsTheRun() throws IOException {
        CompletableFuture<String> label = shipping.label("P-1");
        assertThat(label).isNotDone();
        waits.endNextWait();

        assertThat(shipping.runs()).isEqualTo(2);
        assertThat(waits.pendingWaits()).isZero();
        assertThat(label.handle((value, failure) -> failure).join()).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void cancellingTheStageStopsFurtherAttempts() {
        CompletableFuture<String> tracking = shipping.track("P-1").toCompletableFuture();
        tracking.cancel(false);
        waits.endNextWait();

        assertThat(shipping.runs()).isEqualTo(1);
        assertThat(waits.pendingWaits()).isZero();
    }
}
