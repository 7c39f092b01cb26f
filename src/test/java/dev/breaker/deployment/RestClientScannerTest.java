package dev.breaker.deployment;

import static dev.breaker.deployment.Views.UNNAMED;
import static dev.breaker.deployment.Views.method;
import static dev.breaker.deployment.Views.named;
import static dev.breaker.deployment.Views.threshold;
import static dev.breaker.deployment.Views.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a REST client interface declares; the messages are asserted in full by the CDI suite. */
class RestClientScannerTest {
    private static final int CALL = Modifier.PUBLIC | Modifier.ABSTRACT;

    @Test
    void theInterfacesBreakerCoversItsRestCallsAndAMethodsOwnWinsNamedAfterTheInterface() {
        ScannedClass scan = RestClientScanner.scan(type("a.RatesApi", threshold("rates", 2),
                method("a.RatesApi", "rate", CALL, null, "String"),
                method("a.RatesApi", "quote", CALL, UNNAMED, "String"),
                method("a.RatesApi", "cached", Modifier.PUBLIC, null, "String")));
        assertThat(scan.breakers()).extracting(BreakerDeclaration::breakerName, BreakerDeclaration::place)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rates", "interface a.RatesApi"),
                        org.assertj.core.groups.Tuple.tuple("a.RatesApi.quote", "a.RatesApi.quote(String)"));
        assertThat(scan.breakers().get(0).members().given()).containsEntry("failureThreshold", 2);
        assertThat(scan.problems()).isEmpty();
    }

    @Test
    void aDefaultOrStaticMethodIsNoRestCall() {
        ScannedClass scan = RestClientScanner.scan(type("a.RatesApi", null,
                method("a.RatesApi", "cached", Modifier.PUBLIC, named("cache"), "String"),
                method("a.RatesApi", "helper", Modifier.PUBLIC | Modifier.STATIC, UNNAMED)));
        assertThat(scan.breakers()).isEmpty();
        assertThat(scan.problems()).hasSize(2).allMatch(problem -> problem.startsWith("BRK-305"));
        assertThat(scan.problems().get(0)).contains("a default method").contains("'cache'");
        assertThat(scan.problems().get(1)).contains("a static method").contains("'a.RatesApi.helper'");
    }

    @Test
    void anInheritedCallUnderTheInterfacesBreakerIsAProblemAndDeclaresNothing() {
        ScannedClass scan = RestClientScanner.scan(type("a.RatesApi", named("rates"),
                method("a.RatesApi", "rate", CALL, null),
                method("a.Calls", "volume", CALL, null)));
        assertThat(scan.breakers()).extracting(BreakerDeclaration::breakerName).containsExactly("rates");
        assertThat(scan.problems()).singleElement().asString().startsWith("BRK-306")
                .contains("a.Calls.volume()").contains("inherits from a.Calls");
    }

    @Test
    void onlyAGeneratedClientBeanStandsForTheRestClient() {
        Set<String> clients = Set.of("a.RatesApi");
        String restClient = RestClientScanner.REST_CLIENT;
        assertThat(RestClientScanner.standsForRestClient("a.RatesApi$$CDIWrapper",
                Set.of("a.RatesApi", "java.lang.Object"), Set.of(restClient, "jakarta.enterprise.inject.Any"), clients))
                .isTrue();
        assertThat(RestClientScanner.standsForRestClient("a.FakeRates", Set.of("a.FakeRates", "a.RatesApi"),
                Set.of("jakarta.enterprise.inject.Default"), clients)).as("an application's own implementation").isFalse();
        assertThat(RestClientScanner.standsForRestClient("a.Other", Set.of("a.Other"), Set.of(restClient), clients))
                .isFalse();
    }
}
