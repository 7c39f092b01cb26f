package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.FakeClock;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Wrappers whose causes form a cycle must not hang the classification of a failure. */
class CyclicCauseTest {
    @Test
    void aCycleOfWrappersIsClassifiedAsAWrapperAndCounted() {
        CompletionException outer = new CompletionException("outer") { }; // these constructors leave the cause unset
        ExecutionException inner = new ExecutionException("inner") { };
        outer.initCause(inner);
        inner.initCause(outer);
        CircuitBreaker breaker = CircuitBreaker.builder("cycle").failureThreshold(1).clock(FakeClock.atZero()).build();

        assertThatThrownBy(() -> breaker.call(() -> {
            throw outer;
        })).isSameAs(outer);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
    }
}
