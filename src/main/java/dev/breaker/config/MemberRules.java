package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the numeric members of one {@code @Breaker} against {@link SettingRule}, the same rules the
 * builder and the configuration follow. A member left out is never wrong.
 */
public final class MemberRules {
    private MemberRules() {
    }

    /**
     * @param breakerName the breaker the declaration belongs to
     * @param place where the declaration is, for the message
     * @param values its members
     * @return a message for each member below its minimum; empty when all are allowed
     */
    public static List<String> problems(String breakerName, String place, DeclaredValues values) {
        List<String> problems = new ArrayList<>(0);
        if (values.hasFailureThreshold() && !SettingRule.FAILURE_THRESHOLD.allows(values.failureThreshold())) {
            problems.add(Message.INVALID_MEMBER.format(breakerName, "failureThreshold", values.failureThreshold(),
                    place, SettingRule.FAILURE_THRESHOLD.allowed()));
        }
        if (values.hasTimeoutSeconds() && values.timeoutSeconds() < 1) {
            problems.add(Message.INVALID_MEMBER.format(breakerName, "timeoutSeconds", values.timeoutSeconds(), place,
                    "a whole number of seconds, at least 1 (set a shorter timeout through configuration, such as "
                            + ConfigKey.TIMEOUT.forName(breakerName) + "=250ms)"));
        }
        if (values.hasHalfOpenMaxCalls() && !SettingRule.HALF_OPEN_MAX_CALLS.allows(values.halfOpenMaxCalls())) {
            problems.add(Message.INVALID_MEMBER.format(breakerName, "halfOpenMaxCalls", values.halfOpenMaxCalls(),
                    place, SettingRule.HALF_OPEN_MAX_CALLS.allowed()));
        }
        return problems;
    }
}
