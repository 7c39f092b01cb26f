package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.FakeClock;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** call and run give the caller exactly what the operation returned or threw, never a wrapper. */
class RethrowUnwrappedTest {
    private final CircuitBreaker breaker = CircuitBreaker.builder("rethrow").clock(FakeClock.atZero()).build();

    @Test
    void callReturnsTheResult() throws Exception {
        Object result = new Object();
        assertThat(breaker.call(() -> result)).isSameAs(result);
        assertThat(breaker.<Object>call(() -> null)).isNull();
    }

    @Test
    void callRethrowsACheckedExceptionAsItIs() {
        IOException thrown = new IOException("disk");
        assertThatThrownBy(() -> breaker.call(() -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void callRethrowsAWrapperAsItIsToo() {
        CompletionException thrown = new CompletionException(new IOException("inner"));
        assertThatThrownBy(() -> breaker.call(() -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void runRunsAndRethrowsAsItIs() {
        int[] ran = {0};
        breaker.run(() -> ran[0]++);
        assertThat(ran[0]).isEqualTo(1);
        IllegalStateException thrown = new IllegalStateException("state");
        assertThatThrownBy(() -> breaker.run(() -> {
            throw thrown;
        })).isSameAs(thrown);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }

    @Test
    void nullOperationsAreRefusedWithoutCounting() {
        assertThatThrownBy(() -> breaker.call(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> breaker.run(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> breaker.callAsync(null)).isInstanceOf(NullPointerException.class);
        assertThat(breaker.getMetrics().totalCalls()).isZero();
    }
}
