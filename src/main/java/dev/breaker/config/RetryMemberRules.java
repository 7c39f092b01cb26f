package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the numeric members of one {@code @RetryWithBackoff}: the same limits that
 * {@link dev.breaker.RetrySettings} enforces, reported as deployment problems. A member left out is
 * never wrong.
 */
public final class RetryMemberRules {
    private RetryMemberRules() {
    }

    /**
     * @param place where the annotation is, for the message: a method, or {@code class com.acme.Client}
     * @param values its members
     * @return a message for each member that is not allowed; empty when all are
     */
    public static List<String> problems(String place, RetryValues values) {
        List<String> problems = new ArrayList<>(0);
        if (values.hasMaxAttempts() && values.maxAttempts() < 1) {
            problems.add(invalid("maxAttempts", values.maxAttempts(), place, "an integer from 1 to 2147483647"));
        }
        if (values.hasBaseDelayMillis() && values.baseDelayMillis() < 0) {
            problems.add(invalid("baseDelayMillis", values.baseDelayMillis(), place, "milliseconds, 0 or more"));
        }
        if (values.hasMultiplier() && !(values.multiplier() >= 1 && Double.isFinite(values.multiplier()))) {
            problems.add(invalid("multiplier", values.multiplier(), place, "a finite number of at least 1"));
        }
        if (values.hasMaxDelayMillis() && values.maxDelayMillis() < 0) {
            problems.add(invalid("maxDelayMillis", values.maxDelayMillis(), place, "milliseconds, 0 or more"));
        }
        if (values.hasJitter() && !(values.jitter() >= 0 && values.jitter() <= 1)) {
            problems.add(invalid("jitter", values.jitter(), place, "a number from 0 to 1"));
        }
        return problems;
    }

    private static String invalid(String member, Object value, String place, String allowed) {
        return Message.RETRY_INVALID_MEMBER.format(member, value, place, allowed);
    }
}
