package dev.breaker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.config.BreakerKeys;
import dev.breaker.config.ConfigLookup;
import dev.breaker.config.MemberValues;
import dev.breaker.testing.Members;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentValidatorTest {
    private static final int UNSET = Breaker.UNSET;

    private static BreakerDeclaration declaration(String name, String place, int failureThreshold, List<String> failOn) {
        return new BreakerDeclaration(name, Members.breaker(failureThreshold, UNSET, UNSET, failOn, List.of()), place);
    }

    private static List<String> validate(BreakerDeclaration... declarations) {
        return DeploymentValidator.validate(breakers(declarations), ConfigLookup.none());
    }

    private static DeploymentModel breakers(BreakerDeclaration... declarations) {
        return new DeploymentModel(List.of(declarations), List.of(), List.of());
    }

    @Test
    void aMemberLeftOutConflictsWithNothingAndTheBreakerTakesTheOtherValue() {
        DeploymentModel declared = breakers(
                declaration("rates", "A.m()", UNSET, List.of("java.io.IOException")),
                declaration("rates", "B.m()", 4, List.of()));
        assertThat(DeploymentValidator.validate(declared, ConfigLookup.none())).isEmpty();
        MemberValues merged = declared.membersOf("rates");
        assertThat(BreakerKeys.FAILURE_THRESHOLD.declared(merged)).contains(4);
        assertThat(merged.types("failOn")).containsExactly("java.io.IOException");
    }

    @Test
    void theSameValuesTwiceAreNoConflictAndTypesInAnotherOrderAreTheSame() {
        assertThat(validate(
                declaration("rates", "A.m()", 4, List.of("java.io.IOException", "java.lang.IllegalStateException")),
                declaration("rates", "B.m()", 4, List.of("java.lang.IllegalStateException", "java.io.IOException"))))
                .isEmpty();
    }

    @Test
    void differentValuesNameBothPlacesWhateverTheOrderFound() {
        String expected = "BRK-201 Circuit breaker 'rates': failureThreshold is 3 at A.m() but 4 at B.m(); every"
                + " declaration of one breaker must give the same value, or leave the member out";
        assertThat(validate(declaration("rates", "B.m()", 4, List.of()), declaration("rates", "A.m()", 3, List.of())))
                .containsExactly(expected);
        assertThat(validate(declaration("rates", "A.m()", 3, List.of()), declaration("rates", "B.m()", 4, List.of())))
                .containsExactly(expected);
    }

    @Test
    void oneTypeLevelAnnotationOverManyMethodsIsOneDeclaration() {
        assertThat(validate(declaration("rates", "class A", 0, List.of()), declaration("rates", "class A", 0, List.of())))
                .singleElement().asString().startsWith("BRK-103");
    }

    @Test
    void namesFoldingToOneEnvironmentVariableAreReportedOnce() {
        assertThat(validate(declaration("exchange-api", "A.m()", UNSET, List.of()),
                declaration("exchange_api", "B.m()", UNSET, List.of()),
                declaration("exchange_api", "C.m()", UNSET, List.of()),
                declaration("exchange.api", "D.m()", UNSET, List.of())))
                .containsExactly(
                        "BRK-202 Circuit breakers 'exchange-api' (at A.m()) and 'exchange.api' (at D.m()) read the"
                                + " same environment variables, BREAKER_EXCHANGE_API_*: MicroProfile Config turns every"
                                + " character other than a letter or digit into _ and ignores case. Rename one of them",
                        "BRK-202 Circuit breakers 'exchange-api' (at A.m()) and 'exchange_api' (at B.m()) read the"
                                + " same environment variables, BREAKER_EXCHANGE_API_*: MicroProfile Config turns every"
                                + " character other than a letter or digit into _ and ignores case. Rename one of them");
    }

    @Test
    void configurationIsCheckedForEveryDeclaredBreaker() {
        Map<String, String> properties = Map.of("breaker.rates.timeout", "forever");
        assertThat(DeploymentValidator.validate(
                breakers(declaration("rates", "A.m()", UNSET, List.of())),
                key -> Optional.ofNullable(properties.get(key))))
                .singleElement().asString().startsWith("BRK-101 Circuit breaker 'rates': breaker.rates.timeout");
    }

    @Test
    void findingsKeepEachProblemOnce() {
        DeploymentCollector findings = new DeploymentCollector();
        findings.addProblems(List.of("BRK-301 x"));
        findings.addProblems(List.of("BRK-301 x"));
        findings.addBean(new ScannedClass(List.of(declaration("rates", "A.m()", 0, List.of())), List.of(), List.of(),
                List.of("BRK-301 x"), List.of(), Map.of(), java.util.Set.of()));
        assertThat(findings.validate(ConfigLookup.none())).containsExactly("BRK-301 x",
                "BRK-103 Circuit breaker 'rates': @Breaker(failureThreshold = 0) at A.m() is not allowed: it must be"
                        + " an integer from 1 to 2147483647");
        assertThat(findings.model().breakerNames()).containsExactly("rates");
    }
}
