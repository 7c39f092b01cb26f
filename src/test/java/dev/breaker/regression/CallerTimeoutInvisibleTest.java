package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a caller's own timeout on the stage {@code callAsync} returned was invisible to the breaker:
 * ten {@code orTimeout}s on a hanging dependency, the breaker still CLOSED, nothing counted. The outcome
 * of a call is that of the stage the caller receives, whoever completes it first (the operation, or the
 * caller: {@code orTimeout}, {@code complete}, {@code completeExceptionally}); the caller's completion
 * also cancels the operation's stage, and a result arriving afterwards changes nothing.
 */
class CallerTimeoutInvisibleTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int THRESHOLD = 3;
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("hanging").failureThreshold(THRESHOLD)
            .timeout(TIMEOUT).halfOpenMaxCalls(1).clock(clock).build();

    private static Throwable failureOf(CompletableFuture<?> stage) {
        assertThat(stage).isCompletedExceptionally();
        return stage.handle((value, failure) -> failure).join();
    }

    @Test
    void callersTimeoutsOnAHangingDependencyOpenTheBreaker() {
        for (int i = 1; i <= THRESHOLD; i++) {
            assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
            CompletableFuture<String> hanging = new CompletableFuture<>();
            CompletableFuture<String> stage = breaker.callAsync(() -> hanging).toCompletableFuture()
                    .orTimeout(20, TimeUnit.MILLISECONDS);

            await().atMost(Duration.ofSeconds(10)).until(stage::isDone);

            assertThat(failureOf(stage)).isInstanceOf(TimeoutException.class);
            assertThat(hanging).as("the operation's stage, no one waiting for it").isCancelled();
            assertThat(breaker.getMetrics().failureCount()).isEqualTo(i);
        }
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        Calls.rejected(breaker);
    }

    @Test
    void aResultArrivingAfterTheCallersTimeoutChangesNothing() {
        CompletableFuture<String> dependency = new CompletableFuture<>();
        // A stage that cannot be cancelled: its result will still arrive, after the caller gave up.
        CompletionStage<String> uncancellable = dependency.minimalCompletionStage();
        CompletableFuture<String> stage = breaker.callAsync(() -> uncancellable).toCompletableFuture()
                .orTimeout(20, TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(10)).until(stage::isDone);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);

        dependency.complete("late");

        assertThat(failureOf(stage)).isInstanceOf(TimeoutException.class);
        assertThat(breaker.getMetrics().successCount()).isZero();
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().totalCalls()).isEqualTo(1);
    }

    @Test
    void aCallerFailingItsStageCountsAsThatFailureAndCancelsTheOperation() {
        for (int i = 1; i <= THRESHOLD; i++) {
            CompletableFuture<String> hanging = new CompletableFuture<>();
            CompletableFuture<String> stage = breaker.callAsync(() -> hanging).toCompletableFuture();

            assertThat(stage.completeExceptionally(new Calls.Boom())).isTrue();

            assertThat(failureOf(stage)).isInstanceOf(Calls.Boom.class);
            assertThat(hanging).isCancelled();
        }
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(THRESHOLD);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aCallerTimingOutATrialReopensTheBreakerAtOnce() {
        Calls.fail(breaker, THRESHOLD);
        clock.advance(TIMEOUT);
        CompletableFuture<String> hanging = new CompletableFuture<>();
        CompletableFuture<String> trial = breaker.callAsync(() -> hanging).toCompletableFuture()
                .orTimeout(20, TimeUnit.MILLISECONDS);

        await().atMost(Duration.ofSeconds(10)).until(trial::isDone);

        assertThat(breaker.state()).as("reopened by the caller's timeout, not one open timeout later")
                .isEqualTo(CircuitState.OPEN);
        assertThat(hanging).isCancelled();
        hanging.complete("late"); // cancelled already: nothing arrives
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aCallerCompletingATrialItselfCountsAsASuccessAndClosesTheBreaker() {
        Calls.fail(breaker, THRESHOLD);
        clock.advance(TIMEOUT);
        CompletableFuture<String> hanging = new CompletableFuture<>();
        CompletableFuture<String> trial = breaker.callAsync(() -> hanging).toCompletableFuture();

        assertThat(trial.complete("the caller's own answer")).isTrue();

        assertThat(trial.join()).isEqualTo("the caller's own answer");
        assertThat(hanging).isCancelled();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void theOperationCompletingFirstWinsOverALaterCallerCompletion() {
        CompletableFuture<String> dependency = new CompletableFuture<>();
        CompletableFuture<String> stage = breaker.callAsync(() -> dependency).toCompletableFuture();
        dependency.complete("from the dependency");

        assertThat(stage.complete("too late")).isFalse();
        assertThat(stage.completeExceptionally(new Calls.Boom())).isFalse();

        assertThat(stage.join()).isEqualTo("from the dependency");
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().failureCount()).isZero();
    }
}
