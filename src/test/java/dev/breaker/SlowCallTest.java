package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * {@code slow-call-duration}: a call that returns normally but took longer counts as a failure, and the
 * caller still gets its result; in both modes and in HALF_OPEN. The duration runs from admission to
 * outcome on the monotonic clock: these tests move the fake clock inside the operation.
 */
class SlowCallTest {
    private static final Duration SLOW = Duration.ofMillis(100);
    private final FakeClock clock = FakeClock.atZero();

    private static <T> T takingLong(FakeClock clock, long nanos, T result) {
        clock.advanceNanos(nanos);
        return result;
    }

    private String slowCall(CircuitBreaker breaker, long nanos) throws Exception {
        return breaker.call(() -> takingLong(clock, nanos, "result"));
    }

    @Test
    void aSlowCallCountsAsAFailureInConsecutiveModeAndTheCallerGetsItsResult() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("slow").failureThreshold(2).slowCallDuration(SLOW)
                .clock(clock).build();
        assertThat(slowCall(breaker, SLOW.toNanos() + 1)).isEqualTo("result");
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(1);
        assertThat(breaker.getMetrics().successCount()).isZero();
        assertThat(breaker.getMetrics().lastFailureTime()).contains(FakeClock.START.plus(SLOW)); // stamped at its end, in milliseconds
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);

        assertThat(slowCall(breaker, SLOW.toNanos() + 1)).isEqualTo("result");
        assertThat(breaker.state()).as("two consecutive slow calls").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aCallJustUnderTheDurationIsASuccessAndSetsTheCountBack() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("fast-enough").failureThreshold(2).slowCallDuration(SLOW)
                .clock(clock).build();
        slowCall(breaker, SLOW.toNanos() + 1);
        slowCall(breaker, SLOW.toNanos() - 1);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        slowCall(breaker, SLOW.toNanos() + 1);
        assertThat(breaker.state()).as("the success in between set the count back").isEqualTo(CircuitState.CLOSED);
    }

    /** API.md: "a call that returns normally but took longer counts as a failure". */
    @Test
    void aCallOfExactlyTheDurationDidNotTakeLonger() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("exact").failureThreshold(1).slowCallDuration(SLOW)
                .clock(clock).build();
        slowCall(breaker, SLOW.toNanos());
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void theTimeBeforeAdmissionDoesNotCount() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("admission").failureThreshold(1).slowCallDuration(SLOW)
                .clock(clock).build();
        clock.advance(Duration.ofHours(1)); // idle time before the call
        slowCall(breaker, SLOW.toNanos() - 1);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);

        breaker.run(() -> clock.advanceNanos(SLOW.toNanos() + 1));
        assertThat(breaker.state()).as("run() is timed too").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSlowCallCountsAsAFailureInTheRatioWindow() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("ratio-slow").failureRatio(0.5).windowSize(4)
                .slowCallDuration(SLOW).clock(clock).build();
        Calls.outcomes(breaker, "SS");
        assertThat(slowCall(breaker, SLOW.toNanos() + 1)).isEqualTo("result");
        assertThat(breaker.getMetrics().failureRatio()).hasValue(1.0 / 3);
        assertThat(slowCall(breaker, SLOW.multipliedBy(10).toNanos())).isEqualTo("result");
        assertThat(breaker.state()).as("2 slow calls of 4").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSlowCallCountsAsAFailureInATimeWindow() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("time-slow").failureRatio(0.5).minimumCalls(2)
                .windowDuration(Duration.ofSeconds(10)).slowCallDuration(SLOW).clock(clock).build();
        Calls.succeed(breaker);
        slowCall(breaker, SLOW.toNanos() + 1);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSlowTrialSuccessReopensAndItsCallerStillGetsItsResult() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("trial").failureThreshold(1).halfOpenMaxCalls(2)
                .timeout(Duration.ofSeconds(10)).slowCallDuration(SLOW).clock(clock).build();
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        slowCall(breaker, SLOW.toNanos() - 1);
        assertThat(breaker.state()).as("one fast trial of two").isEqualTo(CircuitState.HALF_OPEN);

        assertThat(slowCall(breaker, SLOW.toNanos() + 1)).isEqualTo("result");

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).as("the open timeout starts over").isEqualTo(Duration.ofSeconds(10));
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(3);
    }

    @Test
    void aSlowTrialReopensARatioModeBreakerToo() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("ratio-trial").failureRatio(1.0).windowSize(1)
                .halfOpenMaxCalls(1).timeout(Duration.ofSeconds(10)).slowCallDuration(SLOW).clock(clock).build();
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(10));
        assertThat(slowCall(breaker, SLOW.toNanos() + 1)).isEqualTo("result");
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(10));
        slowCall(breaker, 0);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aCallThatThrowsIsJudgedByWhatItThrowsNotByItsDuration() {
        CircuitBreaker breaker = CircuitBreaker.builder("thrown").failureThreshold(1).slowCallDuration(SLOW)
                .skipOn(IllegalArgumentException.class).clock(clock).build();
        IllegalArgumentException skipped = new IllegalArgumentException("skipped");
        assertThatThrownBy(() -> breaker.call(() -> {
            clock.advance(SLOW.multipliedBy(5));
            throw skipped;
        })).isSameAs(skipped);
        assertThat(breaker.state()).as("a skipped throwable counts as a success, slow or not")
                .isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(1);
    }

    @Test
    void anAsynchronousCallIsTimedUntilItsStageCompletes() {
        CircuitBreaker breaker = CircuitBreaker.builder("async").failureThreshold(1).slowCallDuration(SLOW)
                .clock(clock).build();
        CompletableFuture<String> fast = new CompletableFuture<>();
        CompletionStage<String> fastCall = breaker.callAsync(() -> fast);
        clock.advanceNanos(SLOW.toNanos() - 1);
        fast.complete("fast");
        assertThat(fastCall.toCompletableFuture().join()).isEqualTo("fast");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);

        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletionStage<String> slowCall = breaker.callAsync(() -> slow);
        clock.advanceNanos(SLOW.toNanos() + 1);
        slow.complete("slow");
        assertThat(slowCall.toCompletableFuture().join()).as("the caller still gets it").isEqualTo("slow");
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void withoutASlowCallDurationNoCallIsTooSlow() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("unlimited").failureThreshold(1).clock(clock).build();
        assertThat(breaker.settings().slowCallDuration()).isEmpty();
        slowCall(breaker, Duration.ofDays(400).toNanos());
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aSlowCallIsTimedAcrossTheWrapOfTheMonotonicClock() throws Exception {
        for (long took : new long[] {SLOW.toNanos() - 1, SLOW.toNanos() + 1}) {
            FakeClock wrapping = FakeClock.startingAt(Long.MAX_VALUE - 10);
            CircuitBreaker breaker = CircuitBreaker.builder("wrap").failureThreshold(1).slowCallDuration(SLOW)
                    .clock(wrapping).build();
            assertThat(breaker.call(() -> takingLong(wrapping, took, "done"))).isEqualTo("done");
            assertThat(wrapping.peek()).isNegative();
            assertThat(breaker.state()).as("took %d ns", took)
                    .isEqualTo(took > SLOW.toNanos() ? CircuitState.OPEN : CircuitState.CLOSED);
        }
    }
}
