package dev.breaker.deployment;

import static dev.breaker.deployment.Views.UNNAMED;
import static dev.breaker.deployment.Views.method;
import static dev.breaker.deployment.Views.named;
import static dev.breaker.deployment.Views.plain;
import static dev.breaker.deployment.Views.threshold;
import static dev.breaker.deployment.Views.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class ClassScannerTest {

    @Test
    void aMethodsOwnBreakerIsNamedAfterItsDeclaringClassUnlessNamed() {
        ScannedClass scan = ClassScanner.scan(type("a.Client", null,
                method("a.Client", "ticker", Modifier.PUBLIC, UNNAMED, "String"),
                method("a.Base", "quote", Modifier.PUBLIC, named("quotes"))));
        assertThat(scan.breakers()).extracting(BreakerDeclaration::breakerName, BreakerDeclaration::place).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.Client.ticker", "a.Client.ticker(String)"),
                org.assertj.core.groups.Tuple.tuple("quotes", "a.Base.quote()"));
        assertThat(scan.problems()).isEmpty();
    }

    @Test
    void aTypeLevelBreakerCoversEachBusinessMethodButNotPrivateStaticOrOverridden() {
        ScannedClass scan = ClassScanner.scan(type("a.Client", threshold("", 2),
                plain("a.Client", "debit", "int"),
                method("a.Client", "audit", Modifier.PUBLIC, threshold("", 7)),
                method("a.Client", "helper", Modifier.PRIVATE, null),
                method("a.Client", "factory", Modifier.PUBLIC | Modifier.STATIC, null),
                plain("a.Base", "debit", "int"),
                plain("a.Base", "credit")));
        assertThat(scan.breakers()).extracting(BreakerDeclaration::breakerName).containsExactly(
                "a.Client.debit", "a.Client.audit", "a.Base.credit");
        assertThat(scan.breakers().get(0).members().given().get("failureThreshold")).isEqualTo(2);
        assertThat(scan.breakers().get(1).members().given().get("failureThreshold"))
                .as("the method's own wins as a whole").isEqualTo(7);
        assertThat(scan.breakers().get(0).place()).isEqualTo("class a.Client");
    }

    @Test
    void anOverriddenAnnotatedMethodDeclaresNothing() {
        ScannedClass scan = ClassScanner.scan(type("a.Client", null,
                plain("a.Client", "fetch"),
                method("a.Base", "fetch", Modifier.PUBLIC, UNNAMED)));
        assertThat(scan.breakers()).isEmpty();
    }

    @Test
    void compilerGeneratedMethodsAreIgnored() {
        MethodView bridge = Views.compilerGenerated("a.Client", "get", UNNAMED, "Object");
        assertThat(ClassScanner.scan(type("a.Client", UNNAMED, bridge)).breakers()).isEmpty();
    }

    @Test
    void unusableAnnotationsAreProblemsAndMarkedForRemoval() {
        MethodView privateOne = method("a.Client", "p", Modifier.PRIVATE, UNNAMED);
        MethodView staticOne = method("a.Client", "s", Modifier.STATIC, named("s"));
        MethodView finalOne = method("a.Client", "f", Modifier.FINAL, named("f"));
        ScannedClass scan = ClassScanner.scan(type("a.Client", null, privateOne, staticOne, finalOne));
        assertThat(scan.breakers()).isEmpty();
        assertThat(scan.unusableMethods()).containsOnlyKeys(privateOne.key(), staticOne.key(), finalOne.key())
                .allSatisfy((method, unusable) -> assertThat(unusable).containsExactly(Binding.BREAKER));
        assertThat(scan.problems()).hasSize(3).allMatch(problem -> problem.startsWith("BRK-301"));
        assertThat(scan.needsDisarming()).isTrue();
    }

    @Test
    void aFinalMethodUnderATypeLevelBreakerMakesTheTypeLevelOneUnusable() {
        ScannedClass scan = ClassScanner.scan(type("a.Client", UNNAMED,
                plain("a.Client", "open"), method("a.Client", "close", Modifier.PUBLIC | Modifier.FINAL, null)));
        assertThat(scan.unusableOnType()).containsExactly(Binding.BREAKER);
        assertThat(scan.problems()).singleElement().asString().startsWith("BRK-302");
    }

    @Test
    void aFinalClassDeclaresNothing() {
        ClassView finalClass = Views.finalType("a.Client", method("a.Client", "m", Modifier.PUBLIC, named("ledger")));
        ScannedClass scan = ClassScanner.scan(finalClass);
        assertThat(scan.breakers()).isEmpty();
        assertThat(scan.problems()).singleElement().asString().startsWith("BRK-303 Circuit breakers 'ledger':");
        assertThat(scan.unusableMethods()).hasSize(1);
    }

    @Test
    void aBlankNameIsAProblem() {
        ScannedClass scan = ClassScanner.scan(type("a.Client", named(" "), plain("a.Client", "m")));
        assertThat(scan.breakers()).isEmpty();
        assertThat(scan.problems()).singleElement().asString().startsWith("BRK-104 @Breaker(name = \" \") at class a.Client");
        assertThat(scan.unusableOnType()).containsExactly(Binding.BREAKER);
    }

    @Test
    void aProducedClassWithABreakerIsAProblemAndOneWithoutIsNot() {
        assertThat(ClassScanner.scanProduced(type("a.Produced", named("p"), plain("a.Produced", "m")),
                "a.Factory.make")).singleElement().asString().startsWith("BRK-304 Circuit breakers 'p':");
        assertThat(ClassScanner.scanProduced(type("a.Plain", null, plain("a.Plain", "m")), "a.Factory.make"))
                .isEmpty();
    }
}
