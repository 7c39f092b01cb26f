package dev.breaker.testing;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import dev.breaker.CircuitState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a breaker can still recover: what a healthy dependency does to it from now on. Each step is
 * one successful call, or, when the breaker rejects, one open timeout of the fake clock. From any state
 * a breaker that works reaches CLOSED in at most {@code 2 * halfOpenMaxCalls + 4} steps: trials held by
 * calls that never return are overdue one timeout later and reopen it (one step, plus one more if the
 * reopening is not over yet), and a fresh HALF_OPEN period then closes after {@code halfOpenMaxCalls}
 * successes. A stuck breaker rejects for good, whatever the time. A breaker held HALF_OPEN beyond one
 * open timeout rejects a second time in HALF_OPEN: every trial it still holds was admitted before
 * recovery began, so one timeout makes them all overdue, and a fresh HALF_OPEN period holds none.
 */
public final class Recovery {
    private Recovery() {
    }

    /** @return the most steps a working breaker with this many trial calls needs to close */
    public static int boundFor(int halfOpenMaxCalls) {
        return 2 * halfOpenMaxCalls + 4;
    }

    /**
     * Makes successful calls and moves the clock until the breaker is CLOSED.
     *
     * @param breaker a breaker whose clock is {@code clock} (directly, or under a {@link FaultyClock} with
     *     its faults off)
     * @param clock the fake clock to move
     * @param timeout the breaker's open timeout
     * @param halfOpenMaxCalls the breaker's trial calls per HALF_OPEN period
     * @return the steps it took
     * @throws AssertionError when it is not CLOSED within {@link #boundFor} steps, or rejects in HALF_OPEN
     *     a second time (a trial held it beyond one open timeout), listing what it did
     */
    public static int closes(CircuitBreaker breaker, FakeClock clock, Duration timeout, int halfOpenMaxCalls) {
        int bound = boundFor(halfOpenMaxCalls);
        List<String> seen = new ArrayList<>();
        int halfOpenRejections = 0;
        for (int steps = 0; steps <= bound; steps++) {
            CircuitState state = breaker.state();
            if (state == CircuitState.CLOSED) {
                return steps;
            }
            if (steps == bound) {
                break;
            }
            if (state == CircuitState.OPEN) {
                clock.advance(timeout);
                seen.add("OPEN: advanced " + timeout);
                continue;
            }
            try {
                breaker.call(() -> "ok");
                seen.add("HALF_OPEN: a trial succeeded");
            } catch (BreakerOpenException rejected) {
                clock.advance(timeout);
                seen.add("HALF_OPEN: rejected, advanced " + timeout);
                if (++halfOpenRejections > 1) {
                    throw new AssertionError("breaker '" + breaker.name() + "' held HALF_OPEN beyond one open timeout"
                            + " by trials that were never recorded\n  " + String.join("\n  ", seen));
                }
            } catch (Exception unexpected) {
                throw new AssertionError("a successful call threw", unexpected);
            }
        }
        throw new AssertionError("breaker '" + breaker.name() + "' is stuck " + breaker.state() + ": not CLOSED after "
                + bound + " steps of a healthy dependency (metrics " + breaker.getMetrics() + ")\n  "
                + String.join("\n  ", seen));
    }
}
