package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.testing.Members;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakerResolverTest {
    private static final MemberValues ANNOTATED = Members.breaker(4, 20, 2, List.of("java.io.IOException"),
            List.of());

    private static BreakerResolver resolverOf(Map<String, String> properties) {
        return new BreakerResolver(key -> Optional.ofNullable(properties.get(key)));
    }

    @Test
    void builtInDefaultsWhenNothingIsSet() {
        ResolvedBreaker settings = resolverOf(Map.of()).resolve("a", MemberValues.NONE).orThrow();
        assertThat(settings).isEqualTo(new ResolvedBreaker("a", 5, Duration.ofSeconds(60), 3, true,
                HealthMode.READINESS, List.of(), List.of()));
    }

    @Test
    void annotationBeatsDefaultOfEveryBreaker() {
        ResolvedBreaker settings = resolverOf(Map.of("breaker.failure-threshold", "9", "breaker.timeout", "1s",
                "breaker.half-open-max-calls", "7")).resolve("a", ANNOTATED).orThrow();
        assertThat(settings.failureThreshold()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.halfOpenMaxCalls()).isEqualTo(2);
        assertThat(settings.failOn()).containsExactly("java.io.IOException");
    }

    @Test
    void keyOfOneBreakerBeatsAnnotation() {
        ResolvedBreaker settings = resolverOf(Map.of("breaker.a.failure-threshold", "11", "breaker.a.timeout", "250ms",
                "breaker.a.half-open-max-calls", "1", "breaker.b.failure-threshold", "99"))
                .resolve("a", ANNOTATED).orThrow();
        assertThat(settings.failureThreshold()).isEqualTo(11);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.halfOpenMaxCalls()).isEqualTo(1);
    }

    @Test
    void enabledAndHealthFromTheBreakerThenTheDefault() {
        BreakerResolver resolver = resolverOf(Map.of("breaker.enabled", "false", "breaker.health", "report",
                "breaker.a.enabled", "true", "breaker.a.health", "off"));
        assertThat(resolver.resolve("a", MemberValues.NONE).orThrow())
                .extracting(ResolvedBreaker::enabled, ResolvedBreaker::health).containsExactly(true, HealthMode.OFF);
        assertThat(resolver.resolve("b", MemberValues.NONE).orThrow())
                .extracting(ResolvedBreaker::enabled, ResolvedBreaker::health)
                .containsExactly(false, HealthMode.REPORT);
    }

    @Test
    void everyValueNotAllowedIsReported() {
        Resolution<ResolvedBreaker> resolution = resolverOf(Map.of("breaker.a.failure-threshold", "0", "breaker.a.timeout", "never",
                "breaker.half-open-max-calls", "many")).resolve("a", MemberValues.NONE);
        assertThat(resolution.settings()).isEmpty();
        assertThat(resolution.problems()).containsExactly(
                "BRK-101 Circuit breaker 'a': breaker.a.failure-threshold = \"0\" is not allowed: it must be an integer"
                        + " from 1 to 2147483647",
                "BRK-101 Circuit breaker 'a': breaker.a.timeout = \"never\" is not allowed: it must be a duration above"
                        + " zero: 60 (seconds), 250ms, 5s, 2m, 1h, or ISO-8601 such as PT1M",
                "BRK-102 Every circuit breaker: breaker.half-open-max-calls = \"many\" (the default of every breaker)"
                        + " is not allowed: it must be an integer from 1 to 2147483647");
    }

    @Test
    void aDefaultNotAllowedIsFoundEvenWhenNoBreakerUsesIt() {
        BreakerResolver resolver = resolverOf(Map.of("breaker.health", "sometimes", "breaker.a.health", "off"));
        assertThat(resolver.resolve("a", MemberValues.NONE).problems()).isEmpty();
        assertThat(resolver.checkDefaults()).containsExactly("BRK-102 Every circuit breaker: breaker.health ="
                + " \"sometimes\" (the default of every breaker) is not allowed: it must be readiness, report or off");
    }

    @Test
    void membersLeftOutAreUnset() {
        assertThat(BreakerKeys.FAILURE_THRESHOLD.declared(MemberValues.NONE)).isEmpty();
        assertThat(BreakerKeys.TIMEOUT.declared(Members.breaker(Breaker.UNSET, 1, Breaker.UNSET, List.of(), List.of())))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void aThrowableTypeThatCannotBeLoadedAtStartUpIsNamedWithTheBreakerAndTheMember() {
        ResolvedBreaker missing = new ResolvedBreaker("rates", 5, Duration.ofSeconds(60), 3, true, HealthMode.READINESS,
                List.of("com.acme.GoneException"), List.of());
        assertThatThrownBy(() -> missing.toBreakerSettings(getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("BRK-105 Circuit breaker 'rates': @Breaker(failOn) lists com.acme.GoneException,"
                        + " which cannot be loaded: java.lang.ClassNotFoundException: com.acme.GoneException");
        ResolvedBreaker notAThrowable = new ResolvedBreaker("rates", 5, Duration.ofSeconds(60), 3, true,
                HealthMode.READINESS, List.of(), List.of("java.lang.String"));
        assertThatThrownBy(() -> notAThrowable.toBreakerSettings(getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("BRK-105 Circuit breaker 'rates': @Breaker(skipOn) lists java.lang.String, which cannot be"
                        + " loaded: it is not a Throwable");
    }
}
