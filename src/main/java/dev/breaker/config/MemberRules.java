package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the numeric members of one annotation against what each allows: the same rules the builder
 * and the configuration follow, reported as deployment problems. A member left out is never wrong.
 */
public final class MemberRules {
    private MemberRules() {
    }

    /**
     * @param family whose annotation: breakers or retries
     * @param owner the breaker's name, or the retry's {@code <fully.qualified.Class>.<method>}
     * @param place where the annotation is, for the message: a method, or {@code class com.acme.Client}
     * @param values its members
     * @return a message for each member given that is not allowed; empty when all are
     */
    public static List<String> problems(KeyFamily family, String owner, String place, MemberValues values) {
        List<String> problems = new ArrayList<>(0);
        for (SettingKey<?> key : family.keys()) {
            key.member().flatMap(member -> problem(key, member, owner, place, values)).ifPresent(problems::add);
        }
        return problems;
    }

    private static <R> Optional<String> problem(SettingKey<?> key, MemberForm<R, ?> member, String owner, String place,
            MemberValues values) {
        return values.get(member)
                .filter(value -> !member.allows().test(value))
                .map(value -> key.family().invalidMember(owner, member.name(), value, place,
                        member.allowed().replace("{key}", key.forName(owner))));
    }
}
