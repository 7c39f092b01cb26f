package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window of ratio mode over a breaker's life, for both kinds of window: "Opening, reset() and closing
 * from HALF_OPEN start an empty window"; rejected calls never enter it; a late result of an earlier
 * period enters no later window; HALF_OPEN is the same in both modes; and {@code failureRatio} in the
 * metrics reads the window (0 when empty and outside CLOSED).
 */
class RatioWindowLifecycleTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final FakeClock clock = FakeClock.atZero();

    /** The two kinds of window, each holding any four outcomes of these tests. */
    enum Window {
        COUNT, TIME;

        CircuitBreaker.Builder configure(CircuitBreaker.Builder builder) {
            return this == COUNT ? builder.windowSize(4) : builder.windowDuration(Duration.ofMinutes(30));
        }
    }

    /** Ratio 0.5, minimum 2 calls, two trials in HALF_OPEN. */
    private CircuitBreaker breaker(Window window) {
        return window.configure(CircuitBreaker.builder("lifecycle-" + window).failureRatio(0.5).minimumCalls(2)
                .timeout(TIMEOUT).halfOpenMaxCalls(2).clock(clock)).build();
    }

    private static double ratioOf(CircuitBreaker breaker) {
        return breaker.getMetrics().failureRatio().orElseThrow();
    }

    private void openAndHalfOpen(CircuitBreaker breaker) {
        Calls.fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(TIMEOUT);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void theRatioIsZeroWhenTheWindowIsEmptyAndOutsideClosed(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        assertThat(breaker.getMetrics().failureRatio()).as("empty").hasValue(0);
        Calls.fail(breaker);
        assertThat(breaker.getMetrics().failureRatio()).hasValue(1.0);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureRatio()).as("OPEN").hasValue(0);
        clock.advance(TIMEOUT);
        assertThat(breaker.getMetrics().state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.getMetrics().failureRatio()).as("HALF_OPEN").hasValue(0);
        Calls.succeed(breaker);
        assertThat(breaker.getMetrics().failureRatio()).as("HALF_OPEN, one trial done").hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void consecutiveModeHasNoRatio(Window window) throws Exception {
        CircuitBreaker breaker = window.configure(CircuitBreaker.builder("consecutive").minimumCalls(1)).clock(clock)
                .build();
        assertThat(breaker.settings().ratioMode()).isFalse();
        Calls.outcomes(breaker, "SFF");
        assertThat(breaker.getMetrics().failureRatio()).isEmpty();
        assertThat(breaker.state()).as("window settings do nothing without a ratio").isEqualTo(CircuitState.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void closingFromHalfOpenStartsAnEmptyWindowThatTrialsDidNotFill(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        openAndHalfOpen(breaker);
        Calls.outcomes(breaker, "SS");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isZero();
        Calls.fail(breaker);
        assertThat(ratioOf(breaker)).as("neither the failures that opened it nor the trials are in it").isEqualTo(1.0);
        assertThat(breaker.state()).as("one outcome: below minimum-calls").isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void resetStartsAnEmptyWindowFromClosedAndFromOpen(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        Calls.outcomes(breaker, "SSF");
        breaker.reset();
        assertThat(ratioOf(breaker)).isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).as("one outcome since the reset: below minimum-calls").isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);

        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        breaker.reset();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().failureCount()).as("lifetime counts stay").isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void rejectedCallsNeverEnterTheWindow(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        Calls.fail(breaker, 2);
        for (int i = 0; i < 5; i++) {
            Calls.rejected(breaker);
        }
        clock.advance(TIMEOUT);
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletionStage<String> firstTrial = breaker.callAsync(() -> first);
        CompletionStage<String> secondTrial = breaker.callAsync(() -> second);
        Calls.rejected(breaker); // a third call in HALF_OPEN
        first.complete("a");
        second.complete("b");
        assertThat(firstTrial.toCompletableFuture().join() + secondTrial.toCompletableFuture().join()).isEqualTo("ab");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().rejectedCount()).isEqualTo(6);

        assertThat(ratioOf(breaker)).as("nothing rejected nor any trial in the new window").isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).as("one outcome: below minimum-calls").isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void halfOpenIsTheSameInBothModes(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        openAndHalfOpen(breaker);
        Calls.succeed(breaker);
        Calls.fail(breaker);
        assertThat(breaker.state()).as("the first failed trial reopens").isEqualTo(CircuitState.OPEN);
        assertThat(breaker.retryAfter()).isEqualTo(TIMEOUT);
        clock.advance(TIMEOUT);
        Calls.succeed(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        Calls.succeed(breaker);
        assertThat(breaker.state()).as("halfOpenMaxCalls trials succeeded").isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void aLateResultOfAnEarlierClosedPeriodEntersNoLaterWindow(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        CompletableFuture<String> lateFailure = new CompletableFuture<>();
        CompletableFuture<String> lateSuccess = new CompletableFuture<>();
        breaker.callAsync(() -> lateFailure);
        CompletionStage<String> success = breaker.callAsync(() -> lateSuccess);
        openAndHalfOpen(breaker);
        Calls.outcomes(breaker, "SS");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.succeed(breaker);

        lateFailure.completeExceptionally(new Calls.Boom());
        lateSuccess.complete("late");

        assertThat(success.toCompletableFuture().join()).as("the caller still gets it").isEqualTo("late");
        assertThat(ratioOf(breaker)).as("only the new period's success").isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).as("1 of 2: the late failure is not in this window").isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().failureCount()).as("but counted for the breaker's life").isEqualTo(4);
        assertThat(breaker.getMetrics().successCount()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void aCallInFlightAcrossResetEntersNoNewWindow(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        CompletableFuture<String> inFlight = new CompletableFuture<>();
        breaker.callAsync(() -> inFlight);
        Calls.succeed(breaker);
        breaker.reset();
        Calls.succeed(breaker);

        inFlight.completeExceptionally(new Calls.Boom());

        assertThat(ratioOf(breaker)).isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).as("1 of 2 since the reset").isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void opensOnlyOnceAndTheNextClosedPeriodStartsAfresh(Window window) throws Exception {
        CircuitBreaker breaker = breaker(window);
        Calls.outcomes(breaker, "SSF");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker); // 2 of 4
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(TIMEOUT);
        Calls.outcomes(breaker, "SS");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.outcomes(breaker, "SSS");
        Calls.fail(breaker);
        assertThat(breaker.state()).as("1 of 4").isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(3);
    }
}
