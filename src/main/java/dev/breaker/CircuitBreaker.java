package dev.breaker;

import dev.breaker.core.AsyncCall;
import dev.breaker.core.EngineAccess;
import dev.breaker.core.NameRule;
import dev.breaker.core.Permit;
import dev.breaker.core.StateMachine;
import dev.breaker.core.ValueRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One circuit breaker. Thread-safe and lock-free; a call through a CLOSED breaker allocates nothing.
 *
 * <pre>{@code
 * CircuitBreaker breaker = CircuitBreaker.builder("exchange-api")
 *         .failureThreshold(5)
 *         .timeout(Duration.ofSeconds(60))
 *         .build();
 * Ticker ticker = breaker.call(() -> exchange.ticker("BTC/EUR"));
 * }</pre>
 *
 * <p>In a CDI container, annotate a method with {@link Breaker} instead, or get the breaker the
 * container made from {@link CircuitBreakerRegistry#get(String)}.
 */
public final class CircuitBreaker {
    static {
        EngineAccess.install(breaker -> breaker.machine);
    }

    private final StateMachine machine;

    private CircuitBreaker(StateMachine machine) {
        this.machine = machine;
    }

    /**
     * @param name the breaker's name: not blank
     * @return a builder of a breaker outside any container, starting from the built-in defaults
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Runs the operation through the breaker.
     *
     * @param operation what to run
     * @param <T> its result type
     * @return what the operation returned
     * @throws BreakerOpenException when the breaker rejects the call; the operation does not run
     * @throws Exception what the operation threw, as it threw it
     */
    public <T> T call(Callable<T> operation) throws Exception {
        Objects.requireNonNull(operation, "operation");
        Permit permit = machine.acquire();
        long started = machine.startTime();
        T result;
        try {
            result = operation.call();
        } catch (Throwable thrown) {
            machine.onThrowable(permit, thrown);
            throw thrown;
        }
        machine.onSuccess(permit, started);
        return result;
    }

    /**
     * Runs the operation through the breaker.
     *
     * @param operation what to run
     * @throws BreakerOpenException when the breaker rejects the call; the operation does not run
     */
    public void run(Runnable operation) {
        Objects.requireNonNull(operation, "operation");
        Permit permit = machine.acquire();
        long started = machine.startTime();
        try {
            operation.run();
        } catch (Throwable thrown) {
            machine.onThrowable(permit, thrown);
            throw thrown;
        }
        machine.onSuccess(permit, started);
    }

    /**
     * Runs an asynchronous operation through the breaker. The call succeeds or fails when its stage
     * completes. A rejection is reported as a stage failed with {@link BreakerOpenException}, never by
     * throwing; so is an operation that throws instead of returning a stage. Cancelling the returned
     * stage counts as a {@link java.util.concurrent.CancellationException} (a failure unless
     * {@code skipOn} says otherwise) and cancels the operation's stage when it is a {@code Future}.
     *
     * @param operation supplies the stage to watch
     * @param <T> its result type
     * @return a stage completed with the operation's own result or failure, wrappers removed
     */
    public <T> CompletionStage<T> callAsync(Supplier<? extends CompletionStage<T>> operation) {
        Objects.requireNonNull(operation, "operation");
        Permit permit;
        try {
            permit = machine.acquire();
        } catch (BreakerOpenException rejected) {
            return CompletableFuture.failedFuture(rejected);
        }
        return AsyncCall.start(machine, permit, operation);
    }

    /** @return the breaker's name */
    public String name() {
        return machine.name();
    }

    /** @return the state now; HALF_OPEN as soon as the open timeout has passed, with no call needed */
    public CircuitState state() {
        return machine.state();
    }

    /** @return a snapshot of the state and the lifetime counters */
    public BreakerMetrics getMetrics() {
        return machine.metrics();
    }

    /** @return how long until the breaker admits trial calls: zero unless OPEN */
    public Duration retryAfter() {
        return machine.retryAfter();
    }

    /** @return the settings this breaker runs with */
    public BreakerSettings settings() {
        return machine.settings();
    }

    /**
     * Forces the breaker CLOSED and forgets consecutive failures and trials. Lifetime counters stay.
     * Calls still running when it happens change no state when they finish.
     */
    public void reset() {
        machine.reset();
    }

    @Override
    public String toString() {
        return "CircuitBreaker[" + name() + ", " + state() + "]";
    }

    /**
     * Builds a {@link CircuitBreaker} outside any container. Starts from the built-in defaults (5
     * failures, 60 seconds, 3 trial calls, every throwable a failure). Every value is checked when set;
     * an invalid one throws {@link IllegalArgumentException} naming the breaker, the setting, the value
     * and what is allowed.
     */
    public static final class Builder {
        private final String name;
        private BreakerSettings settings = BreakerSettings.defaults();
        private BreakerClock clock = BreakerClock.system();
        private final List<StateChangeListener> listeners = new ArrayList<>();

        private Builder(String name) {
            this.name = NameRule.requireValid(name);
        }

        /**
         * @param failures consecutive failures that open the breaker, at least 1
         * @return this builder
         */
        public Builder failureThreshold(int failures) {
            return change(() -> settings.withFailureThreshold(failures));
        }

        /**
         * @param timeout how long the breaker stays OPEN before trial calls; above zero, of any size
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            return change(() -> settings.withTimeout(timeout));
        }

        /**
         * @param calls trial calls admitted in one HALF_OPEN period, at least 1
         * @return this builder
         */
        public Builder halfOpenMaxCalls(int calls) {
            return change(() -> settings.withHalfOpenMaxCalls(calls));
        }

        /**
         * @param types throwable types that count as failures; none given means every throwable
         * @return this builder
         */
        @SafeVarargs
        public final Builder failOn(Class<? extends Throwable>... types) {
            return changeTypes("failOn", copyOf(types), true);
        }

        /**
         * @param types throwable types that never count as failures (the call counts as a success); wins
         *     over {@link #failOn}
         * @return this builder
         */
        @SafeVarargs
        public final Builder skipOn(Class<? extends Throwable>... types) {
            return changeTypes("skipOn", copyOf(types), false);
        }

        /**
         * Puts the breaker in ratio mode: it opens when the share of failures among recent calls reaches
         * this ratio, rather than on consecutive failures.
         *
         * @param ratio above 0 and at most 1, such as 0.5
         * @return this builder
         */
        public Builder failureRatio(double ratio) {
            return change(() -> settings.withFailureRatio(ratio));
        }

        /**
         * @param calls ratio mode's window is the last this many calls, at least 1; 20 unless set
         * @return this builder
         */
        public Builder windowSize(int calls) {
            return change(() -> settings.withWindowSize(calls));
        }

        /**
         * @param duration ratio mode's window is the calls of this last period instead of a count;
         *     above zero, at most one hour
         * @return this builder
         */
        public Builder windowDuration(Duration duration) {
            return change(() -> settings.withWindowDuration(duration));
        }

        /**
         * @param calls ratio mode opens only once the window holds this many outcomes, at least 1 (for a
         *     count window at most its size); unless set, the window's size for a count window, 20 for a
         *     time window
         * @return this builder
         */
        public Builder minimumCalls(int calls) {
            return change(() -> settings.withMinimumCalls(calls));
        }

        /**
         * @param duration a call that returns normally but took longer counts as a failure (the caller
         *     still gets its result); above zero
         * @return this builder
         */
        public Builder slowCallDuration(Duration duration) {
            return change(() -> settings.withSlowCallDuration(duration));
        }

        /**
         * @param enabled {@code false} turns the breaker off: it still counts calls but never opens
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            return change(() -> settings.withEnabled(enabled));
        }

        /**
         * Takes every value of the given settings.
         *
         * @param settings validated settings, for example a registry's defaults
         * @return this builder
         */
        public Builder settings(BreakerSettings settings) {
            return change(() -> ValueRule.requireGiven("settings", settings));
        }

        /**
         * @param clock the time source; tests pass a fake one to drive timeouts without sleeping
         * @return this builder
         */
        public Builder clock(BreakerClock clock) {
            this.clock = named(() -> ValueRule.requireGiven("clock", clock));
            return this;
        }

        /**
         * @param listener hears of every transition, after it, in the thread that caused it
         * @return this builder
         */
        public Builder listener(StateChangeListener listener) {
            listeners.add(named(() -> ValueRule.requireGiven("listener", listener)));
            return this;
        }

        /**
         * @return a new breaker, CLOSED
         * @throws IllegalArgumentException when settings that depend on each other do not fit (a count
         *     window's {@code minimumCalls} above its {@code windowSize})
         */
        public CircuitBreaker build() {
            return new CircuitBreaker(new StateMachine(name, named(settings::requireConsistent), clock, listeners));
        }

        /** A setter keeps its value only once the settings it makes are valid; until then, the old ones stay. */
        private Builder change(Supplier<BreakerSettings> changed) {
            this.settings = named(changed);
            return this;
        }

        /** Puts the breaker's name in front of a refusal, so the message says which breaker. */
        private <T> T named(Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("Circuit breaker '" + name + "': " + invalid.getMessage(), invalid);
            }
        }

        private Builder changeTypes(String setting, List<Class<? extends Throwable>> types, boolean failOn) {
            return change(() -> {
                List<Class<? extends Throwable>> given = ValueRule.requireGiven(setting, types);
                return failOn ? settings.withFailOn(given) : settings.withSkipOn(given);
            });
        }

        /**
         * A copy, element by element: changing the array afterwards must not change the builder, and
         * the array itself never leaves the varargs method. {@code null} for no array at all.
         */
        @SafeVarargs
        private static List<Class<? extends Throwable>> copyOf(Class<? extends Throwable>... types) {
            if (types == null) {
                return null;
            }
            List<Class<? extends Throwable>> copy = new ArrayList<>(types.length);
            for (Class<? extends Throwable> type : types) {
                copy.add(type);
            }
            return copy;
        }
    }
}
