package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.RetryWithBackoff;
import dev.breaker.testing.Members;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryResolverTest {
    private static final String NAME = "com.acme.Client.quote";
    private static final MemberValues ANNOTATED = Members.retry(5, 100, 3.0, 900, 0.1, List.of(), List.of());

    private static RetryResolver resolverOf(Map<String, String> properties) {
        return new RetryResolver(key -> Optional.ofNullable(properties.get(key)));
    }

    private static ResolvedRetry resolve(Map<String, String> properties, MemberValues declared) {
        return resolverOf(properties).resolve(NAME, declared).orThrow();
    }

    /** The retry key whose last part is {@code key}, such as {@code max-attempts}. */
    private static SettingKey<?> retryKey(String key) {
        return RetryKeys.FAMILY.keys().stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void builtInDefaultsWhenNothingIsSet() {
        assertThat(resolve(Map.of(), MemberValues.NONE))
                .isEqualTo(new ResolvedRetry(NAME, 3, 1000, 2.0, 30_000, 0.2, true));
    }

    @Test
    void theAnnotationBeatsTheDefaultOfEveryMethod() {
        Map<String, String> everyMethod = Map.of("retry.max-attempts", "9", "retry.base-delay", "1s",
                "retry.multiplier", "1.5", "retry.max-delay", "1m", "retry.jitter", "0.5");
        assertThat(resolve(everyMethod, ANNOTATED)).isEqualTo(new ResolvedRetry(NAME, 5, 100, 3.0, 900, 0.1, true));
        assertThat(resolve(everyMethod, MemberValues.NONE))
                .isEqualTo(new ResolvedRetry(NAME, 9, 1000, 1.5, 60_000, 0.5, true));
    }

    @Test
    void theKeyOfOneMethodBeatsTheAnnotation() {
        Map<String, String> own = Map.of("retry." + NAME + ".max-attempts", "2", "retry." + NAME + ".base-delay", "250ms",
                "retry." + NAME + ".multiplier", "1", "retry." + NAME + ".max-delay", "PT0.5S",
                "retry." + NAME + ".jitter", "0", "retry." + NAME + ".enabled", "FALSE",
                "retry.other.max-attempts", "99");
        assertThat(resolve(own, ANNOTATED)).isEqualTo(new ResolvedRetry(NAME, 2, 250, 1.0, 500, 0.0, false));
    }

    @Test
    void enabledHasNoMemberSoTheDefaultOfEveryMethodDecidesIt() {
        assertThat(resolve(Map.of("retry.enabled", "false"), ANNOTATED).enabled()).isFalse();
        assertThat(resolve(Map.of("retry.enabled", "false", "retry." + NAME + ".enabled", "true"), ANNOTATED).enabled())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "max-attempts | ' 4 ' | 4",
        "max-attempts | 2147483647 | 2147483647",
        "base-delay | 0 | 0",
        "base-delay | 2 | 2000",
        "base-delay | 1500MS | 1500",
        "base-delay | PT0.25S | 250",
        "max-delay | 1h | 3600000",
        "multiplier | 1e1 | 10.0",
        "multiplier | 1 | 1.0",
        "multiplier | .5e1 | 5.0",
        "jitter | 0 | 0.0",
        "jitter | 1 | 1.0",
        "jitter | 0.25 | 0.25",
        "enabled | False | false"})
    void readsEveryAllowedSpelling(String key, String text, String expected) {
        assertThat(retryKey(key).parse(text)).map(String::valueOf)
                .contains(expected);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "max-attempts | 0",
        "max-attempts | 2147483648",
        "max-attempts | 2.5",
        "base-delay | -1ms",
        "base-delay | soon",
        "max-delay | PT-1S",
        "max-delay | 9223372036854775807h",
        "multiplier | 0.99",
        "multiplier | NaN",
        "multiplier | Infinity",
        "multiplier | 0x1p3",
        "multiplier | 2d",
        "jitter | 1.0001",
        "jitter | -0.1",
        "enabled | yes"})
    void refusesEverythingElse(String key, String text) {
        assertThat(retryKey(key).parse(text)).isEmpty();
    }

    @Test
    void aValueNotAllowedIsAProblemNamingTheMethodKeyValueAndRule() {
        Resolution<ResolvedRetry> resolution = resolverOf(Map.of("retry." + NAME + ".jitter", "2")).resolve(NAME, ANNOTATED);
        assertThat(resolution.settings()).isEmpty();
        assertThat(resolution.problems()).containsExactly("BRK-501 Retry of " + NAME + ": retry." + NAME
                + ".jitter = \"2\" is not allowed: it must be a number from 0 to 1, such as 0.2");
        assertThatThrownBy(resolution::orThrow).hasMessage(resolution.problems().get(0));
    }

    @Test
    void aBadDefaultIsAProblemWhereItIsUsedAndFoundEvenWhereItIsNot() {
        RetryResolver resolver = resolverOf(Map.of("retry.multiplier", "x"));
        String problem = "BRK-502 Every retry: retry.multiplier = \"x\" (the default of every @RetryWithBackoff method)"
                + " is not allowed: it must be a number of at least 1, such as 1.5 or 2";
        assertThat(resolver.resolve(NAME, MemberValues.NONE).problems()).containsExactly(problem);
        assertThat(resolver.resolve(NAME, ANNOTATED).problems()).isEmpty();
        assertThat(resolver.checkDefaults()).containsExactly(problem);
    }

    @Test
    void leftOutMembersAreRecognisedByTheirSentinels() {
        for (SettingKey<?> key : RetryKeys.FAMILY.keys()) {
            assertThat(key.declared(MemberValues.NONE)).isEmpty();
        }
        assertThat(RetryKeys.BASE_DELAY.declared(Members.retry(RetryWithBackoff.UNSET, 0, 1, 0, 0, List.of(), List.of())))
                .contains(0L);
        assertThat(MemberValues.NONE).isEqualTo(Members.retry(RetryWithBackoff.UNSET, RetryWithBackoff.UNSET,
                Double.NaN, RetryWithBackoff.UNSET, Double.NaN, List.of(), List.of()));
    }

    @Test
    void memberRulesMatchTheEngine() {
        assertThat(retryProblems(ANNOTATED)).isEmpty();
        assertThat(retryProblems(Members.retry(1, 0, 1, 0, 0, List.of(), List.of()))).isEmpty();
        assertThat(retryProblems(Members.retry(1, 0, 1, 0, 1, List.of(), List.of()))).isEmpty();
        assertThat(retryProblems(Members.retry(-1, -2, Double.NEGATIVE_INFINITY, -4, 1.01,
                List.of(), List.of()))).hasSize(5);
    }

    private static List<String> retryProblems(MemberValues values) {
        return MemberRules.problems(RetryKeys.FAMILY, NAME, "p", values);
    }
}
