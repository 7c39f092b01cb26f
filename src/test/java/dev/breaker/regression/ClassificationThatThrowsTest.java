package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A wrapper exception whose getCause() throws must neither replace what the caller gets nor leave the
 * trial permit held (nor, for an async call, leave the caller's stage forever incomplete).
 */
class ClassificationThatThrowsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** An ExecutionException whose cause cannot be read. */
    static final class HostileException extends ExecutionException {
        private static final long serialVersionUID = 1L;

        HostileException() {
            super("hostile", null);
        }

        @Override
        public synchronized Throwable getCause() {
            throw new IllegalStateException("getCause() is broken");
        }
    }

    private final FakeClock clock = FakeClock.atZero();
    private final CircuitBreaker breaker = CircuitBreaker.builder("hostile").failureThreshold(1).timeout(TIMEOUT)
            .halfOpenMaxCalls(1).clock(clock).build();

    private void halfOpen() {
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
    }

    @Test
    void theCallerGetsTheOperationsOwnThrowableAndTheTrialCountsAsFailed() {
        halfOpen();
        HostileException hostile = new HostileException();
        assertThatThrownBy(() -> breaker.call(() -> {
            throw hostile;
        })).isSameAs(hostile);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void theAsyncCallersStageCompletesWithTheOperationsOwnThrowable() {
        halfOpen();
        HostileException hostile = new HostileException();
        CompletionStage<String> call = breaker.callAsync(() -> CompletableFuture.failedFuture(hostile));
        assertThat(call.toCompletableFuture()).isCompletedExceptionally();
        assertThatThrownBy(() -> call.toCompletableFuture().get()).cause().isSameAs(hostile);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }
}
