package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ratio mode with a count window, through the public API on a fake clock: the breaker opens once the
 * last {@code windowSize} outcomes hold at least {@code minimumCalls} and their share of failures reaches
 * the ratio; old outcomes leave as new ones come. The window keeps its failures in bit masks of 20
 * indices, so the exact counts are checked across those borders too.
 */
class RatioCountWindowTest {
    private final FakeClock clock = FakeClock.atZero();

    private CircuitBreaker breaker(int size, double ratio, int minimum) {
        return CircuitBreaker.builder("count-window").failureRatio(ratio).windowSize(size).minimumCalls(minimum)
                .timeout(Duration.ofSeconds(10)).halfOpenMaxCalls(1).clock(clock).build();
    }

    private static double ratioOf(CircuitBreaker breaker) {
        return breaker.getMetrics().failureRatio().orElseThrow();
    }

    @Test
    void opensWhenTheShareOfFailuresReachesTheRatioExactly() throws Exception {
        CircuitBreaker breaker = breaker(10, 0.5, 10);
        Calls.outcomes(breaker, "SSSSSFFFF");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(4.0 / 9);
        Calls.fail(breaker); // 5 of 10: exactly the ratio
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.getMetrics().stateChanges()).isEqualTo(1);
        Calls.rejected(breaker);
    }

    @Test
    void staysClosedJustBelowTheRatio() throws Exception {
        CircuitBreaker breaker = breaker(10, 0.5, 10);
        Calls.outcomes(breaker, "SSSSSSFFFF"); // 4 of 10
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(0.4);
        Calls.outcomes(breaker, "SSSS"); // the window slides: still 4 failures in the last 10
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker); // the first S of the window leaves: 5 of 10
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void neverOpensBeforeMinimumCallsWhateverTheRatio() {
        CircuitBreaker breaker = breaker(10, 0.5, 5);
        Calls.fail(breaker, 4);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void minimumCallsDefaultsToTheWindowSize() {
        CircuitBreaker breaker = CircuitBreaker.builder("default-minimum").failureRatio(0.1).windowSize(4)
                .clock(clock).build();
        assertThat(breaker.settings().minimumCallsOrDefault()).isEqualTo(4);
        Calls.fail(breaker, 3);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void theWindowSizeDefaultsToTwenty() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("default-size").failureRatio(0.5).clock(clock).build();
        assertThat(breaker.settings().windowSize()).isEqualTo(20);
        Calls.outcomes(breaker, "S".repeat(10) + "F".repeat(9));
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void minimumCallsEqualToTheWindowOpensOnlyOnAFullWindow() throws Exception {
        CircuitBreaker breaker = breaker(5, 0.2, 5);
        Calls.fail(breaker, 4);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.succeed(breaker); // the window is full now, 4 of 5 failed: the success decides (RatioReachedOnASuccessTest)
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aWindowOfOneOpensOnAFailureAndForgetsItAtTheNextSuccess() throws Exception {
        CircuitBreaker breaker = breaker(1, 1.0, 1);
        Calls.succeed(breaker);
        assertThat(ratioOf(breaker)).isZero();
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);

        CircuitBreaker tolerant = breaker(1, 0.5, 1);
        for (int i = 0; i < 50; i++) {
            Calls.succeed(tolerant);
            assertThat(ratioOf(tolerant)).isZero();
        }
        Calls.fail(tolerant);
        assertThat(tolerant.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aRatioOfOneOpensOnlyWhenEveryOutcomeInTheWindowFailed() throws Exception {
        CircuitBreaker breaker = breaker(5, 1.0, 5);
        Calls.outcomes(breaker, "SFFFF");
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(0.8);
        Calls.fail(breaker); // the success leaves: 5 of 5
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void ratiosThatAreNotExactInBinaryAreReachedExactly() throws Exception {
        CircuitBreaker third = breaker(3, 1.0 / 3, 3);
        Calls.outcomes(third, "SSF");
        assertThat(third.state()).isEqualTo(CircuitState.OPEN);

        CircuitBreaker tenths = breaker(10, 0.3, 10);
        Calls.outcomes(tenths, "SSSSSSSFF");
        Calls.fail(tenths);
        assertThat(tenths.state()).isEqualTo(CircuitState.OPEN);

        CircuitBreaker justAbove = breaker(10, 0.30000000000000004, 10);
        Calls.outcomes(justAbove, "SSSSSSSFFF");
        assertThat(justAbove.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void oldFailuresLeaveAsSuccessesPushThemOut() throws Exception {
        CircuitBreaker breaker = breaker(5, 0.6, 5);
        Calls.outcomes(breaker, "SSFFS"); // 2 of 5
        for (double expected : new double[] {0.4, 0.4, 0.4, 0.2}) {
            assertThat(ratioOf(breaker)).isEqualTo(expected);
            Calls.succeed(breaker);
        }
        assertThat(ratioOf(breaker)).isZero();
        Calls.outcomes(breaker, "FF");
        assertThat(breaker.state()).as("2 of 5: the old failures are gone").isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    /** Failures on both sides of each border of 20 indices, pushed out one by one. */
    @ParameterizedTest
    @ValueSource(ints = {19, 20, 21, 39, 40, 41, 100})
    void failuresAtTheBordersOfTheBitMasksAreCountedExactly(int size) throws Exception {
        List<Integer> failing = List.of(0, 18, 19, 20, 21, 39, 40, 41, 59, 60, 79, 80, 99, 100, 101, 119, 120, 199, 200);
        boolean[] outcomes = new boolean[Math.max(5 * size, 200) + 45];
        failing.forEach(index -> outcomes[index] = true);
        replay(size, outcomes);
    }

    /** Long seeded runs, each window size wrapping its ring of bit masks many times. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 19, 20, 21, 39, 40, 41, 99, 100, 101, 1000})
    void randomOutcomesAreCountedExactly(int size) throws Exception {
        SplittableRandom random = new SplittableRandom(7919L * size);
        for (double failureShare : new double[] {0.05, 0.3, 0.7}) {
            boolean[] outcomes = new boolean[12 * size + 60];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = random.nextDouble() < failureShare;
            }
            replay(size, outcomes);
        }
    }

    /**
     * Plays the outcomes (true: a failure) on a breaker whose ratio is 1.0 and minimum the window size,
     * comparing after each one the window's ratio with the last {@code size} outcomes counted here. It
     * opens only on a whole window of failures; then it is reset, which starts an empty window.
     */
    private void replay(int size, boolean[] outcomes) throws Exception {
        CircuitBreaker breaker = breaker(size, 1.0, size);
        List<Boolean> window = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i]) {
                Calls.fail(breaker);
            } else {
                Calls.succeed(breaker);
            }
            window.add(outcomes[i]);
            if (window.size() > size) {
                window.remove(0);
            }
            long failures = window.stream().filter(failed -> failed).count();
            String where = "window " + size + ", after outcome " + i;
            if (failures == size) {
                assertThat(breaker.state()).as(where).isEqualTo(CircuitState.OPEN);
                breaker.reset();
                window.clear();
                assertThat(ratioOf(breaker)).as(where + ", reset").isZero();
                continue;
            }
            assertThat(breaker.state()).as(where).isEqualTo(CircuitState.CLOSED);
            assertThat(ratioOf(breaker)).as(where).isEqualTo((double) failures / window.size());
        }
    }

    @Test
    void theLargestWindowCountsExactlyToo() throws Exception {
        int size = 100_000;
        CircuitBreaker breaker = breaker(size, 0.5, size);
        int[] failing = IntStream.of(0, 19, 20, 99_999, 100_000, 100_019, 100_020).toArray();
        int next = 0;
        for (int i = 0; i <= 200_020; i++) {
            if (next < failing.length && failing[next] == i) {
                Calls.fail(breaker);
                next++;
            } else {
                Calls.succeed(breaker);
            }
            if (i == 99_998) {
                assertThat(ratioOf(breaker)).as("0, 19, 20 of 99,999").isEqualTo(3.0 / 99_999);
            } else if (i == 99_999) {
                assertThat(ratioOf(breaker)).as("0, 19, 20, 99,999 of 100,000").isEqualTo(4.0 / size);
            } else if (i == 100_000) {
                assertThat(ratioOf(breaker)).as("0 has left, 100,000 came").isEqualTo(4.0 / size);
            } else if (i == 100_019) {
                assertThat(ratioOf(breaker)).as("20, 99,999, 100,000, 100,019").isEqualTo(4.0 / size);
            } else if (i == 199_999) {
                assertThat(ratioOf(breaker)).as("100,000, 100,019, 100,020").isEqualTo(3.0 / size);
            } else if (i == 200_019) {
                assertThat(ratioOf(breaker)).as("100,020").isEqualTo(1.0 / size);
            }
        }
        // The last 100,000 outcomes are indices 100,021 to 200,020: none failed.
        assertThat(ratioOf(breaker)).isZero();
        assertThat(breaker.getMetrics().failureCount()).isEqualTo(failing.length);
    }

    @Test
    void theFailureThresholdIsNotUsedInRatioMode() {
        CircuitBreaker breaker = CircuitBreaker.builder("ratio-not-threshold").failureThreshold(1).failureRatio(0.5)
                .windowSize(4).clock(clock).build();
        Calls.fail(breaker, 3);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aDisabledBreakerInRatioModeCountsButNeverOpens() {
        CircuitBreaker breaker = CircuitBreaker.builder("off").failureRatio(0.1).windowSize(3).enabled(false)
                .clock(clock).build();
        Calls.fail(breaker, 10);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        assertThat(breaker.getMetrics().stateChanges()).isZero();
    }

    @Test
    void skippedAndUnlistedThrowablesCountAsSuccessesInTheWindow() {
        CircuitBreaker breaker = CircuitBreaker.builder("classified").failureRatio(0.5).windowSize(4)
                .failOn(IllegalStateException.class).skipOn(Calls.Boom.class).clock(clock).build();
        Calls.fail(breaker, 2); // Boom: skipped, a success
        Calls.throwing(breaker, new IllegalArgumentException("not in failOn"));
        Calls.throwing(breaker, new IllegalStateException("a failure"));
        assertThat(ratioOf(breaker)).isEqualTo(0.25);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }
}
