package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.testing.Members;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    private static List<String> problems(MemberValues values) {
        return MemberRules.problems(BreakerKeys.FAMILY, "a", "X.m()", values);
    }

    @Test
    void membersLeftOutAndMembersAtTheirMinimumAreAllowed() {
        assertThat(problems(MemberValues.NONE)).isEmpty();
        assertThat(problems(Members.breaker(1, 1, 1, List.of(), List.of()))).isEmpty();
        assertThat(problems(Members.breaker(Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void everyValueBelowItsMinimumIsAProblem() {
        assertThat(problems(Members.breaker(0, -1, Breaker.UNSET + 1, List.of(), List.of()))).containsExactly(
                "BRK-103 Circuit breaker 'a': @Breaker(failureThreshold = 0) at X.m() is not allowed: it must be an"
                        + " integer from 1 to 2147483647",
                "BRK-103 Circuit breaker 'a': @Breaker(timeoutSeconds = -1) at X.m() is not allowed: it must be a whole"
                        + " number of seconds, at least 1 (set a shorter timeout through configuration, such as"
                        + " breaker.a.timeout=250ms)",
                "BRK-103 Circuit breaker 'a': @Breaker(halfOpenMaxCalls = -2147483647) at X.m() is not allowed: it must"
                        + " be an integer from 1 to 2147483647");
    }

    @Test
    void aLongTimeoutBelowTheUnsetMarkerIsStillAProblem() {
        assertThat(problems(Members.breaker(Breaker.UNSET, Long.MIN_VALUE, Breaker.UNSET, List.of(), List.of())))
                .hasSize(1);
    }
}
