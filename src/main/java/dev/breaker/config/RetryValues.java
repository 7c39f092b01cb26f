package dev.breaker.config;

import dev.breaker.RetryWithBackoff;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The members of one {@code @RetryWithBackoff} as written, whichever container read them. A member
 * left out keeps its "left out" value ({@link RetryWithBackoff#UNSET}, {@code NaN}, or an empty list);
 * throwable types are binary class names, because in CDI Lite they are read before classes are loaded.
 * (A record compares doubles as {@link Double#compare} does, so two {@code NaN}s are equal.)
 *
 * @param maxAttempts {@code maxAttempts}, or {@link RetryWithBackoff#UNSET}
 * @param baseDelayMillis {@code baseDelayMillis}, or {@link RetryWithBackoff#UNSET}
 * @param multiplier {@code multiplier}, or {@code NaN}
 * @param maxDelayMillis {@code maxDelayMillis}, or {@link RetryWithBackoff#UNSET}
 * @param jitter {@code jitter}, or {@code NaN}
 * @param retryOn the binary names of the {@code retryOn} types; empty when left out
 * @param abortOn the binary names of the {@code abortOn} types; empty when left out
 */
public record RetryValues(int maxAttempts, long baseDelayMillis, double multiplier, long maxDelayMillis,
        double jitter, List<String> retryOn, List<String> abortOn) {

    /** A declaration that leaves every member out. */
    public static final RetryValues NONE = new RetryValues(RetryWithBackoff.UNSET, RetryWithBackoff.UNSET,
            Double.NaN, RetryWithBackoff.UNSET, Double.NaN, List.of(), List.of());

    /** Copies the lists. */
    public RetryValues {
        retryOn = List.copyOf(retryOn);
        abortOn = List.copyOf(abortOn);
    }

    /**
     * @param retry an annotation read by reflection
     * @return its members
     */
    public static RetryValues of(RetryWithBackoff retry) {
        Objects.requireNonNull(retry, "retry");
        return new RetryValues(retry.maxAttempts(), retry.baseDelayMillis(), retry.multiplier(),
                retry.maxDelayMillis(), retry.jitter(), namesOf(retry.retryOn()), namesOf(retry.abortOn()));
    }

    /** Throwable types as binary names, as CDI Lite reads them before classes are loaded. */
    private static List<String> namesOf(Class<?>[] types) {
        return Stream.of(types).map(Class::getName).toList();
    }

    /** @return whether {@code maxAttempts} was given */
    public boolean hasMaxAttempts() {
        return maxAttempts != RetryWithBackoff.UNSET;
    }

    /** @return whether {@code baseDelayMillis} was given */
    public boolean hasBaseDelayMillis() {
        return baseDelayMillis != RetryWithBackoff.UNSET;
    }

    /** @return whether {@code multiplier} was given */
    public boolean hasMultiplier() {
        return !Double.isNaN(multiplier);
    }

    /** @return whether {@code maxDelayMillis} was given */
    public boolean hasMaxDelayMillis() {
        return maxDelayMillis != RetryWithBackoff.UNSET;
    }

    /** @return whether {@code jitter} was given */
    public boolean hasJitter() {
        return !Double.isNaN(jitter);
    }
}
