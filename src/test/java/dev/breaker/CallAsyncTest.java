package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** callAsync: the outcome counts when the stage completes; rejections and failures come as failed stages. */
class CallAsyncTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("async").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).clock(clock).build();

    private static Throwable failureOf(CompletionStage<?> stage) {
        CompletableFuture<?> future = stage.toCompletableFuture();
        assertThat(future).isCompletedExceptionally();
        try {
            future.get();
        } catch (ExecutionException wrapped) {
            return wrapped.getCause();
        } catch (CancellationException cancelled) {
            return cancelled;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not failed");
    }

    @Test
    void theOutcomeCountsWhenTheStageCompletesNotWhenTheMethodReturns() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionStage<String> call = breaker.callAsync(() -> pending);
        assertThat(breaker.getMetrics().totalCalls()).isZero();

        pending.completeExceptionally(new Calls.Boom());

        assertThat(failureOf(call)).isInstanceOf(Calls.Boom.class);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void theCallerGetsTheOperationsOwnResult() {
        CompletionStage<String> call = breaker.callAsync(() -> CompletableFuture.completedFuture("value"));
        assertThat(call.toCompletableFuture().join()).isEqualTo("value");
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void aRejectionIsAFailedStageNeverAThrow() {
        Calls.fail(breaker);
        boolean[] ran = {false};
        CompletionStage<String>[] call = new CompletionStage[1];

        assertThatCode(() -> call[0] = breaker.callAsync(() -> {
            ran[0] = true;
            return CompletableFuture.completedFuture("x");
        })).doesNotThrowAnyException();

        assertThat(ran[0]).isFalse();
        assertThat(failureOf(call[0])).isInstanceOf(BreakerOpenException.class);
        assertThat(breaker.getMetrics().rejectedCount()).isEqualTo(1);
    }

    @Test
    void anAlreadyFailedStageCountsAsAFailure() {
        Calls.Boom boom = new Calls.Boom();
        CompletionStage<String> call = breaker.callAsync(() -> CompletableFuture.failedFuture(boom));
        assertThat(failureOf(call)).isSameAs(boom);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }

    @Test
    void anOperationThatThrowsInsteadOfReturningAStageFailsTheStage() {
        Calls.Boom boom = new Calls.Boom();
        CompletionStage<String> call = breaker.callAsync(() -> {
            throw boom;
        });
        assertThat(failureOf(call)).isSameAs(boom);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void anOperationReturningNullFailsTheStage() {
        CompletionStage<String> call = breaker.callAsync(() -> null);
        assertThat(failureOf(call)).isInstanceOf(NullPointerException.class);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }

    @Test
    void theCallerGetsTheFailureWithoutCompletionWrappers() {
        Calls.Boom boom = new Calls.Boom();
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionStage<String> call = breaker.callAsync(() -> pending.thenApply(s -> s));
        pending.completeExceptionally(boom); // reaches thenApply's stage as CompletionException(boom)
        assertThat(failureOf(call)).isSameAs(boom);
    }

    @Test
    void cancellingTheReturnedStageReleasesTheTrialAsAFailure() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        CompletableFuture<String> operation = new CompletableFuture<>();
        CompletionStage<String> trial = breaker.callAsync(() -> operation);

        assertThat(trial.toCompletableFuture().cancel(true)).isTrue();

        assertThat(operation).isCancelled();
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
        operation.complete("ignored");
        assertThat(breaker.getMetrics().totalCalls()).isEqualTo(2);
    }

    @Test
    void cancellingCountsAsACancellationExceptionSoSkipOnCanExcuseIt() {
        CircuitBreaker lenient = CircuitBreaker.builder("lenient").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(1).skipOn(CancellationException.class).clock(clock).build();
        Calls.fail(lenient);
        clock.advance(TIMEOUT);
        CompletionStage<String> trial = lenient.callAsync(CompletableFuture::new);

        trial.toCompletableFuture().cancel(false);

        assertThat(lenient.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void cancellingACompletedCallChangesNothing() {
        CompletionStage<String> call = breaker.callAsync(() -> CompletableFuture.completedFuture("done"));
        assertThat(call.toCompletableFuture().cancel(true)).isFalse();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).isZero();
    }

    @Test
    void anOperationStageCompletingAfterCancellationCountsOnce() {
        CompletableFuture<String> operation = new CompletableFuture<>();
        CompletionStage<String> call = breaker.callAsync(() -> operation.thenApply(s -> s));
        call.toCompletableFuture().cancel(false);
        operation.complete("late");
        assertThat(breaker.getMetrics().totalCalls()).isEqualTo(1);
        assertThat(call.toCompletableFuture()).isCancelled();
    }

    @Test
    void theOperationsStageFailingWithCompletionExceptionIsUnwrapped() {
        Calls.Boom boom = new Calls.Boom();
        CompletionStage<String> call = breaker.callAsync(
                () -> CompletableFuture.failedFuture(new CompletionException(new ExecutionException(boom))));
        assertThat(failureOf(call)).isSameAs(boom);
    }
}
