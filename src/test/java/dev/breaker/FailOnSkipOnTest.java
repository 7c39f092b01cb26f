package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What counts as a failure: failOn types (every throwable by default), never skipOn types; wrappers see-through. */
class FailOnSkipOnTest {
    private final FakeClock clock = FakeClock.atZero();

    private CircuitBreaker.Builder builder() {
        return CircuitBreaker.builder("classify").failureThreshold(1).timeout(Duration.ofSeconds(10)).clock(clock);
    }

    private static void throwing(CircuitBreaker breaker, Exception thrown) {
        assertThatThrownBy(() -> breaker.call(() -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void everyThrowableIsAFailureByDefault() {
        CircuitBreaker breaker = builder().build();
        throwing(breaker, new IOException("checked"));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aThrowableOutsideFailOnCountsAsASuccess() {
        CircuitBreaker breaker = builder().failOn(IOException.class).build();
        throwing(breaker, new IllegalArgumentException("bad input"));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        throwing(breaker, new java.io.FileNotFoundException("a subtype of IOException"));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void skipOnNeverCountsAsAFailureAndWinsOverFailOn() {
        CircuitBreaker breaker = builder().failOn(IOException.class).skipOn(java.io.FileNotFoundException.class).build();
        throwing(breaker, new java.io.FileNotFoundException("skipped"));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().failureCount()).isZero();
        throwing(breaker, new IOException("counted"));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void skipOnLooksThroughCompletionAndExecutionExceptions() {
        CircuitBreaker breaker = builder().skipOn(TimeoutException.class).build();
        throwing(breaker, new CompletionException(new TimeoutException()));
        throwing(breaker, new ExecutionException(new TimeoutException()));
        throwing(breaker, new CompletionException(new ExecutionException(new TimeoutException())));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        throwing(breaker, new ExecutionException(new IOException()));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void failOnLooksThroughWrappers() {
        CircuitBreaker breaker = builder().failOn(IOException.class).build();
        throwing(breaker, new CompletionException(new IllegalStateException()));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        throwing(breaker, new ExecutionException(new IOException()));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void onlyCompletionWrappersAreLookedThrough() {
        CircuitBreaker breaker = builder().skipOn(IOException.class).build();
        throwing(breaker, new UncheckedIOException(new IOException()));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aWrapperWithoutCauseIsClassifiedAsItself() {
        CircuitBreaker breaker = builder().skipOn(CompletionException.class).build();
        throwing(breaker, new CompletionException("no cause", null));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        throwing(breaker, new ExecutionException("no cause", null));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSkippedAsyncFailureCountsAsASuccess() {
        CircuitBreaker breaker = builder().skipOn(TimeoutException.class).build();
        breaker.callAsync(() -> CompletableFuture.supplyAsync(() -> "x", Runnable::run)
                .thenApply(s -> {
                    throw new CompletionException(new TimeoutException());
                }));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void settingsClassifyTheSameWay() {
        BreakerSettings settings = builder().failOn(IOException.class, IllegalStateException.class)
                .skipOn(java.io.EOFException.class).build().settings();
        assertThat(settings.isFailure(new IOException())).isTrue();
        assertThat(settings.isFailure(new IllegalStateException())).isTrue();
        assertThat(settings.isFailure(new java.io.EOFException())).isFalse();
        assertThat(settings.isFailure(new RuntimeException())).isFalse();
        assertThat(settings.failOn()).containsExactly(IOException.class, IllegalStateException.class);
        assertThat(settings.skipOn()).containsExactly(java.io.EOFException.class);
    }
}
