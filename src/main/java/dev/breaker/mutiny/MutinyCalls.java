package dev.breaker.mutiny;

import dev.breaker.RetrySettings;
import dev.breaker.core.BackoffSchedule;
import dev.breaker.core.StateMachine;
import dev.breaker.core.WaitScheduler;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * What the library's interceptors do with a method declared to return {@code io.smallrye.mutiny.Uni}:
 * each wraps the {@code Uni} the method returned in its operator. The parameters and results are
 * {@code Object}, so the interceptors name no Mutiny type and load none unless a method returns a
 * {@code Uni}. A method that threw instead of returning a {@code Uni} (or returned {@code null}) stands
 * for a {@code Uni} that fails with that: the call still starts only when it is subscribed.
 *
 * <p>Not for applications.
 */
public final class MutinyCalls {
    private MutinyCalls() {
    }

    /**
     * @param machine the method's breaker
     * @param returned what the method returned, when it did
     * @param thrown what it threw instead, or {@code null}
     * @return a {@code Uni} whose every subscription is one call through the breaker
     */
    public static Object guard(StateMachine machine, Object returned, Throwable thrown) {
        return new GuardedUni<>(machine, uniOf(returned, thrown));
    }

    /**
     * @param returned what the method returned, when it did
     * @param thrown what it threw instead, or {@code null}: the first attempt fails with it, and each
     *     further attempt calls the method again
     * @param again calls the method again
     * @param settings when to retry and how often
     * @param schedule how long to wait
     * @param scheduler where the waits happen
     * @param stopWhen asked before and after each wait; {@code true} ends the run with the last failure
     * @param beforeRetry run as each attempt after the first starts: it counts the retry
     * @param tracker told of each run that waits
     * @return a {@code Uni} whose every subscription is a run of attempts
     */
    public static Object retry(Object returned, Throwable thrown, Callable<?> again, RetrySettings settings,
            BackoffSchedule schedule, WaitScheduler scheduler, BooleanSupplier stopWhen, Runnable beforeRetry,
            RunTracker tracker) {
        Uni<Object> first = uniOf(returned, thrown);
        if (thrown == null && returned != null) {
            return new RetriedUni<>(number -> first, settings, schedule, scheduler, stopWhen, beforeRetry, tracker);
        }
        return new RetriedUni<>(number -> number == 1 ? first : called(again), settings, schedule, scheduler,
                stopWhen, beforeRetry, tracker);
    }

    /**
     * @param returned what the method returned, when it did
     * @param thrown what it threw instead, or {@code null}
     * @param fallback the fallback of this call
     * @return a {@code Uni} whose failures the fallback answers
     */
    public static Object withFallback(Object returned, Throwable thrown, UniFallback fallback) {
        return new FallbackUni<>(uniOf(returned, thrown), fallback);
    }

    private static Uni<Object> called(Callable<?> method) {
        Object returned;
        try {
            returned = method.call();
        } catch (Throwable thrown) {
            return uniOf(null, thrown);
        }
        return uniOf(returned, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> Uni<T> uniOf(Object returned, Throwable thrown) {
        if (thrown != null) {
            return Uni.createFrom().failure(thrown);
        }
        if (returned == null) {
            return Uni.createFrom().failure(new NullPointerException("the method returned null instead of a Uni"));
        }
        return (Uni<T>) returned;
    }
}
