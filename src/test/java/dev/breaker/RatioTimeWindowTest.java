package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ratio mode with a time window, through the public API on a fake clock. API.md: the window holds "the
 * calls that finished in that last period (kept in buckets of at most a tenth of the period and at most
 * one second, so an outcome may leave the window up to one bucket early or late)".
 *
 * <p>The engine's buckets are counted from the start of the CLOSED period (the window's creation), and
 * an outcome leaves when the bucket one period after its own begins: so from {@code period - bucket}
 * (exclusive) to {@code period} (inclusive) after it finished. These tests pin that exactly, and check
 * that it lies within the contract's bounds.
 */
class RatioTimeWindowTest {
    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000 * MS;

    /** A breaker that never opens (its minimum is out of reach), to read its window through metrics. */
    private static CircuitBreaker observed(FakeClock clock, Duration period) {
        return CircuitBreaker.builder("observed").failureRatio(1.0).windowDuration(period).minimumCalls(1_000_000)
                .clock(clock).build();
    }

    private static double ratioOf(CircuitBreaker breaker) {
        return breaker.getMetrics().failureRatio().orElseThrow();
    }

    @Test
    void anOutcomeJustInsideThePeriodCountsAndOneJustOutsideDoesNot() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker inside = CircuitBreaker.builder("inside").failureRatio(0.5).minimumCalls(2)
                .windowDuration(Duration.ofMillis(500)).clock(clock).build();
        FakeClock other = FakeClock.atZero();
        CircuitBreaker outside = CircuitBreaker.builder("outside").failureRatio(0.5).minimumCalls(2)
                .windowDuration(Duration.ofMillis(500)).clock(other).build();

        Calls.fail(inside);
        Calls.fail(outside);
        clock.advanceNanos(500 * MS - 1);
        other.advanceNanos(500 * MS);
        Calls.fail(inside);
        Calls.fail(outside);

        assertThat(inside.state()).as("both failures within 500 ms").isEqualTo(CircuitState.OPEN);
        assertThat(outside.state()).as("the first failure left: one outcome, below minimum-calls")
                .isEqualTo(CircuitState.CLOSED);
        assertThat(ratioOf(outside)).isEqualTo(1.0);
        assertThat(outside.getMetrics().failureCount()).isEqualTo(2);
    }

    @Test
    void successesAndFailuresLeaveTogetherWithTheirBucket() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = observed(clock, Duration.ofMillis(500)); // buckets of 50 ms
        Calls.outcomes(breaker, "SSF");
        clock.advanceNanos(49 * MS);
        Calls.outcomes(breaker, "FS"); // still the first bucket
        clock.advanceNanos(MS);
        Calls.outcomes(breaker, "FFF"); // the second bucket, from 50 ms
        assertThat(ratioOf(breaker)).isEqualTo(5.0 / 8);

        clock.setNanoTime(500 * MS - 1);
        assertThat(ratioOf(breaker)).isEqualTo(5.0 / 8);
        clock.setNanoTime(500 * MS);
        assertThat(ratioOf(breaker)).as("the first bucket, with all 5 of its outcomes, has left").isEqualTo(1.0);
        clock.setNanoTime(550 * MS - 1);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        clock.setNanoTime(550 * MS);
        assertThat(ratioOf(breaker)).as("empty").isZero();
    }

    static Stream<Arguments> periodsAndStarts() {
        Stream.Builder<Arguments> cases = Stream.builder();
        long[][] periodsAndBuckets = {
            {500 * MS, 50 * MS}, {10 * SECOND, SECOND}, {3_600 * SECOND, SECOND}, {2_500 * MS, 250 * MS},
            {15 * MS, 1_500_000}, {30 * SECOND, SECOND}, {10, 1}, {1, 1}};
        for (long[] pb : periodsAndBuckets) {
            long period = pb[0];
            for (long start : new long[] {0, -7, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - period / 2,
                    Long.MAX_VALUE - 3 * period}) {
                cases.add(Arguments.of(period, pb[1], start));
            }
        }
        return cases.build();
    }

    /**
     * One failure finished at several places in a bucket (its first and last nanosecond, its middle),
     * in a window started near or across the wrap of the monotonic clock: it counts up to the nanosecond
     * before the bucket one period after its own begins, and is gone from that nanosecond.
     */
    @ParameterizedTest(name = "period {0} ns, buckets of {1} ns, window started at {2}")
    @MethodSource("periodsAndStarts")
    void anOutcomeLeavesWhenTheBucketOnePeriodAfterItsOwnBegins(long period, long bucket, long start) {
        long inPeriod = (period + bucket - 1) / bucket;
        for (long bucketIndex : new long[] {0, 1, 3, inPeriod, 5 * inPeriod + 2}) {
            for (long offset : LongStream.of(0, 1, bucket / 2, bucket - 1).filter(at -> at < bucket)
                    .distinct().toArray()) {
                FakeClock clock = FakeClock.startingAt(start);
                CircuitBreaker breaker = observed(clock, Duration.ofNanos(period));
                long finished = bucketIndex * bucket + offset; // since the window's start
                clock.advanceNanos(finished);
                Calls.fail(breaker);
                long leaves = (bucketIndex + inPeriod) * bucket;
                assertThat(leaves - finished).as("within the contract: at most one bucket early, never late")
                        .isGreaterThan(period - bucket).isLessThanOrEqualTo(period);
                String where = "failure at " + finished + " ns after the start of " + start;

                clock.setNanoTime(start + leaves - 1);
                assertThat(ratioOf(breaker)).as(where + ", read at " + (leaves - 1)).isEqualTo(1.0);
                clock.setNanoTime(start + leaves);
                assertThat(ratioOf(breaker)).as(where + ", read at " + leaves).isZero();
            }
        }
    }

    @Test
    void bucketsAreCountedFromTheStartOfTheClosedPeriod() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = observed(clock, Duration.ofMillis(500));
        clock.advanceNanos(30 * MS);
        breaker.reset(); // a new window, starting at 30 ms
        Calls.fail(breaker);
        clock.setNanoTime(530 * MS - 1);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        clock.setNanoTime(530 * MS);
        assertThat(ratioOf(breaker)).isZero();
    }

    @Test
    void bucketsOfAnHourLongWindowAreOneSecond() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = observed(clock, Duration.ofHours(1));
        clock.advanceNanos(SECOND - 1);
        Calls.fail(breaker); // the last nanosecond of the first bucket
        clock.advanceNanos(1);
        Calls.fail(breaker); // the first of the second
        clock.setNanoTime(3_600 * SECOND - 1);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        clock.setNanoTime(3_600 * SECOND);
        assertThat(ratioOf(breaker)).as("the first left one second less a nanosecond early").isEqualTo(1.0);
        clock.setNanoTime(3_601 * SECOND - 1);
        assertThat(ratioOf(breaker)).isEqualTo(1.0);
        clock.setNanoTime(3_601 * SECOND);
        assertThat(ratioOf(breaker)).isZero();
    }

    @Test
    void outcomesOfLongAgoAreForgottenAfterAnIdleGap() throws Exception {
        for (long gap : new long[] {10 * SECOND, 11 * SECOND, 22 * SECOND, 11 * SECOND * 1_000, 86_400 * SECOND,
                365 * 86_400 * SECOND + 123}) {
            FakeClock clock = FakeClock.atZero();
            CircuitBreaker breaker = CircuitBreaker.builder("idle").failureRatio(0.5).minimumCalls(3)
                    .windowDuration(Duration.ofSeconds(10)).clock(clock).build();
            Calls.outcomes(breaker, "SFSS");
            clock.advanceNanos(9 * SECOND);
            Calls.outcomes(breaker, "S");
            clock.advanceNanos(gap);
            assertThat(ratioOf(breaker)).as("after %d ns idle", gap).isZero();
            Calls.outcomes(breaker, "FF");
            assertThat(ratioOf(breaker)).as("after %d ns idle", gap).isEqualTo(1.0);
            assertThat(breaker.state()).as("two outcomes: below minimum-calls").isEqualTo(CircuitState.CLOSED);
            Calls.fail(breaker);
            assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        }
    }

    @Test
    void aWindowAcrossTheWrapOfTheMonotonicClock() throws Exception {
        FakeClock clock = FakeClock.nearWrap(); // wraps one minute from now
        CircuitBreaker breaker = CircuitBreaker.builder("wrap").failureRatio(0.6).minimumCalls(5)
                .windowDuration(Duration.ofSeconds(10)).clock(clock).build();
        clock.advance(Duration.ofSeconds(55));
        Calls.outcomes(breaker, "FFS");
        clock.advance(Duration.ofSeconds(6));
        assertThat(clock.peek()).isNegative();
        Calls.outcomes(breaker, "S");
        assertThat(ratioOf(breaker)).isEqualTo(0.5);
        clock.advance(Duration.ofSeconds(4)); // 65 s: the first three outcomes have left
        assertThat(ratioOf(breaker)).isZero();
        Calls.outcomes(breaker, "FFFF");
        assertThat(breaker.state()).as("4 failures of 5").isEqualTo(CircuitState.OPEN);
    }

    @Test
    void minimumCallsDefaultsToTwentyForATimeWindow() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("default-minimum").failureRatio(0.5)
                .windowDuration(Duration.ofSeconds(10)).clock(clock).build();
        assertThat(breaker.settings().minimumCallsOrDefault()).isEqualTo(20);
        Calls.fail(breaker, 19);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aTimeWindowIgnoresTheWindowSizeAndMayAskForMoreCallsThanIt() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("more").failureRatio(0.5).windowSize(2).minimumCalls(6)
                .windowDuration(Duration.ofSeconds(10)).clock(clock).build();
        Calls.outcomes(breaker, "SSSFF");
        assertThat(ratioOf(breaker)).as("all five in the window, not the last two").isEqualTo(0.4);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aWindowOfOneNanosecondHoldsOnlyWhatFinishedInThatNanosecond() throws Exception {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("tiny").failureRatio(1.0).minimumCalls(2)
                .windowDuration(Duration.ofNanos(1)).clock(clock).build();
        Calls.fail(breaker);
        clock.advanceNanos(1);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        Calls.fail(breaker);
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }
}
