package dev.breaker.config;

import dev.breaker.BreakerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything one breaker runs with, after configuration, annotation and defaults have been weighed.
 * Throwable types are still names: they are loaded with the application's class loader only when
 * the breaker is built, at run time.
 *
 * @param name the breaker's name
 * @param failureThreshold consecutive failures that open it
 * @param timeout how long it stays OPEN
 * @param halfOpenMaxCalls trial calls in one HALF_OPEN period
 * @param enabled {@code false}: it never rejects a call
 * @param health how it appears in MicroProfile Health
 * @param failOn binary names of the types that count as failures; empty means every throwable
 * @param skipOn binary names of the types that never count as failures
 * @param failureRatio the share of failures that opens it, in ratio mode; empty: consecutive mode
 * @param windowSize ratio mode's count window
 * @param windowDuration ratio mode's time window, when set
 * @param minimumCalls outcomes the window must hold before it opens; empty: the default
 * @param slowCallDuration how long a call may take before it counts as failed; empty: no limit
 */
public record ResolvedBreaker(String name, int failureThreshold, Duration timeout, int halfOpenMaxCalls,
        boolean enabled, HealthMode health, List<String> failOn, List<String> skipOn, Optional<Double> failureRatio,
        int windowSize, Optional<Duration> windowDuration, Optional<Integer> minimumCalls,
        Optional<Duration> slowCallDuration) {

    /**
     * Copies the lists.
     *
     * @param name the breaker's name
     * @param failureThreshold consecutive failures that open it
     * @param timeout how long it stays OPEN
     * @param halfOpenMaxCalls trial calls in one HALF_OPEN period
     * @param enabled {@code false}: it never rejects a call
     * @param health how it appears in MicroProfile Health
     * @param failOn binary names of the types that count as failures; empty means every throwable
     * @param skipOn binary names of the types that never count as failures
     * @param failureRatio the share of failures that opens it, in ratio mode; empty: consecutive mode
     * @param windowSize ratio mode's count window
     * @param windowDuration ratio mode's time window, when set
     * @param minimumCalls outcomes the window must hold before it opens; empty: the default
     * @param slowCallDuration how long a call may take before it counts as failed; empty: no limit
     */
    public ResolvedBreaker {
        failOn = List.copyOf(failOn);
        skipOn = List.copyOf(skipOn);
    }

    /**
     * A breaker in consecutive mode, with no slow-call limit.
     *
     * @param name the breaker's name
     * @param failureThreshold consecutive failures that open it
     * @param timeout how long it stays OPEN
     * @param halfOpenMaxCalls trial calls in one HALF_OPEN period
     * @param enabled {@code false}: it never rejects a call
     * @param health how it appears in MicroProfile Health
     * @param failOn binary names of the types that count as failures; empty means every throwable
     * @param skipOn binary names of the types that never count as failures
     */
    public ResolvedBreaker(String name, int failureThreshold, Duration timeout, int halfOpenMaxCalls, boolean enabled,
            HealthMode health, List<String> failOn, List<String> skipOn) {
        this(name, failureThreshold, timeout, halfOpenMaxCalls, enabled, health, failOn, skipOn, Optional.empty(),
                BreakerSettings.DEFAULT_WINDOW_SIZE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param loader the application's class loader, which can see the throwable types
     * @return the engine's settings
     * @throws IllegalStateException when a throwable type cannot be loaded; the message says which
     */
    public BreakerSettings toBreakerSettings(ClassLoader loader) {
        return new BreakerSettings(failureThreshold, timeout, halfOpenMaxCalls,
                load("failOn", failOn, loader), load("skipOn", skipOn, loader), enabled,
                failureRatio.map(OptionalDouble::of).orElseGet(OptionalDouble::empty), windowSize, windowDuration,
                minimumCalls.map(OptionalInt::of).orElseGet(OptionalInt::empty), slowCallDuration);
    }

    private List<Class<? extends Throwable>> load(String member, List<String> names, ClassLoader loader) {
        List<Class<? extends Throwable>> types = new ArrayList<>(names.size());
        for (String typeName : names) {
            Class<?> type;
            try {
                type = Class.forName(typeName, false, loader);
            } catch (ClassNotFoundException | LinkageError unloadable) {
                throw new IllegalStateException(
                        Message.UNLOADABLE_TYPE.format(name, member, typeName, unloadable), unloadable);
            }
            if (!Throwable.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        Message.UNLOADABLE_TYPE.format(name, member, typeName, "it is not a Throwable"));
            }
            types.add(type.asSubclass(Throwable.class));
        }
        return types;
    }

}
