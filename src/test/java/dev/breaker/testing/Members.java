package dev.breaker.testing;

import dev.breaker.config.BreakerKeys;
import dev.breaker.config.KeyFamily;
import dev.breaker.config.MemberForm;
import dev.breaker.config.MemberValues;
import dev.breaker.config.RetryKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the members of a {@code @Breaker} or {@code @RetryWithBackoff} as a test needs them, in the
 * order the annotation declares them; a member at its "left out" value ({@code Breaker.UNSET},
 * {@code NaN}, an empty list) is left out, as the containers read it.
 */
public final class Members {
    private Members() {
    }

    /** @return the members of a {@code @Breaker} */
    public static MemberValues breaker(int failureThreshold, long timeoutSeconds, int halfOpenMaxCalls,
            List<String> failOn, List<String> skipOn) {
        return of(BreakerKeys.FAMILY, List.of("failureThreshold", "timeoutSeconds", "halfOpenMaxCalls"),
                List.of(failureThreshold, timeoutSeconds, halfOpenMaxCalls), failOn, skipOn);
    }

    /** @return the members of a {@code @RetryWithBackoff} */
    public static MemberValues retry(int maxAttempts, long baseDelayMillis, double multiplier, long maxDelayMillis,
            double jitter, List<String> retryOn, List<String> abortOn) {
        return of(RetryKeys.FAMILY, List.of("maxAttempts", "baseDelayMillis", "multiplier", "maxDelayMillis", "jitter"),
                List.of(maxAttempts, baseDelayMillis, multiplier, maxDelayMillis, jitter), retryOn, abortOn);
    }

    private static MemberValues of(KeyFamily family, List<String> names, List<Object> numbers, List<String> firstTypes,
            List<String> secondTypes) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (MemberForm<?, ?> member : family.members()) {
            int i = names.indexOf(member.name());
            if (i >= 0 && !member.kind().isUnset(numbers.get(i))) {
                given.put(member.name(), numbers.get(i));
            }
        }
        List<List<String>> types = List.of(firstTypes, secondTypes);
        for (int i = 0; i < 2; i++) {
            if (!types.get(i).isEmpty()) {
                given.put(family.typeMembers().get(i), types.get(i));
            }
        }
        return new MemberValues(given);
    }
}
