package dev.breaker.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: {@code callAsync} threw when the operation's stage was broken (its {@code whenComplete}
 * throws): the call was not counted, and in HALF_OPEN its trial stayed held until overdue, one open
 * timeout later. A stage that cannot even be observed is a failed call, reported as a failed stage.
 */
class BrokenStageHoldsTrialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();

    /** A stage none of whose methods works, as a buggy or hostile CompletionStage implementation. */
    @SuppressWarnings("unchecked")
    private static CompletionStage<String> brokenStage() {
        return (CompletionStage<String>) Proxy.newProxyInstance(BrokenStageHoldsTrialTest.class.getClassLoader(),
                new Class<?>[] {CompletionStage.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "toString" -> "a broken stage";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException("broken: " + method.getName());
                });
    }

    private CircuitBreaker breaker(int halfOpenMaxCalls) {
        return CircuitBreaker.builder("broken-stage").failureThreshold(1).timeout(TIMEOUT)
                .halfOpenMaxCalls(halfOpenMaxCalls).clock(clock).build();
    }

    private static Throwable failureOf(CompletionStage<String> stage) {
        CompletableFuture<String> future = stage.toCompletableFuture();
        assertThat(future).isCompletedExceptionally();
        return future.handle((value, failure) -> failure).join();
    }

    @Test
    void aBrokenStageIsAFailedCallReportedAsAFailedStage() {
        CircuitBreaker breaker = breaker(1);

        CompletionStage<String> stage = breaker.callAsync(BrokenStageHoldsTrialTest::brokenStage);

        assertThat(failureOf(stage)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("broken: whenComplete");
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aBrokenTrialReopensTheBreakerAtOnceInsteadOfHoldingItsPlace() {
        CircuitBreaker breaker = breaker(1);
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);

        CompletionStage<String> trial = breaker.callAsync(BrokenStageHoldsTrialTest::brokenStage);

        assertThat(failureOf(trial)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(breaker.state()).as("reopened at once, no time having passed").isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
        assertThat(breaker.retryAfter()).isEqualTo(TIMEOUT);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void withTwoTrialsTheBrokenOneStillReopensAtOnce() throws Exception {
        CircuitBreaker breaker = breaker(2);
        Calls.fail(breaker);
        clock.advance(TIMEOUT);
        Calls.succeed(breaker);

        breaker.callAsync(BrokenStageHoldsTrialTest::brokenStage);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(2);
    }
}
