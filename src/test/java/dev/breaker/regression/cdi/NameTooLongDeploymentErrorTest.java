package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: {@code @Breaker(name = <3,000 characters>)} failed the deployment with a bare
 * {@code IllegalArgumentException: Name is too long} from the configuration implementation (no BRK id,
 * no breaker named), {@code registry.get} of a 2,021-character name threw the same, and names with a
 * line break or a NUL were taken and logged as they are. A breaker name is 1 to 1,000 characters, not
 * all blank, with no control character: otherwise a deployment error (BRK-106, the name shown escaped
 * and cut short) for an annotation, and the library's {@code IllegalArgumentException} from the registry.
 */
class NameTooLongDeploymentErrorTest {
    private static final String OWN = NameTooLongDeploymentErrorTest.class.getName();
    private static final String TEN = "0123456789";
    private static final String HUNDRED = TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN;
    private static final String THOUSAND = HUNDRED + HUNDRED + HUNDRED + HUNDRED + HUNDRED + HUNDRED + HUNDRED
            + HUNDRED + HUNDRED + HUNDRED;
    private static final String THREE_THOUSAND = THOUSAND + THOUSAND + THOUSAND;
    /** How the library shows a long name: its first 60 characters, quoted, and its length. */
    private static final String SHOWN_LONG = "\"" + HUNDRED.substring(0, 60) + "\"... (3000 characters)";

    @ApplicationScoped
    static class ThreeThousandCharacters {
        @Breaker(name = THREE_THOUSAND)
        void call() {
        }
    }

    @Test
    void aNameOfThreeThousandCharactersIsADeploymentErrorWithTheLibrarysMessage() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(ThreeThousandCharacters.class))).containsExactly(
                "BRK-106 @Breaker(name = " + SHOWN_LONG + ") at " + OWN + "$ThreeThousandCharacters.call() is not"
                        + " allowed: a breaker name must be 1 to 1000 characters with no control character, and this"
                        + " one has 3000 characters, more than 1000; give a name such as \"exchange-api\"");
    }

    @ApplicationScoped
    static class LineBreak {
        @Breaker(name = "exchange\napi")
        void call() {
        }
    }

    @Test
    void aNameWithALineBreakIsADeploymentErrorShownEscaped() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(LineBreak.class))).containsExactly(
                "BRK-106 @Breaker(name = \"exchange\\u000aapi\") at " + OWN + "$LineBreak.call() is not allowed:"
                        + " a breaker name must be 1 to 1000 characters with no control character, and this one has a"
                        + " control character at index 8; give a name such as \"exchange-api\"");
    }

    @ApplicationScoped
    @Breaker(name = "nul\0name")
    static class NulOnType {
        void call() {
        }
    }

    @Test
    void aNameWithANulOnATypeIsADeploymentErrorShownEscaped() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(NulOnType.class))).containsExactly(
                "BRK-106 @Breaker(name = \"nul\\u0000name\") at class " + OWN + "$NulOnType is not allowed: a breaker"
                        + " name must be 1 to 1000 characters with no control character, and this one has a control"
                        + " character at index 3; give a name such as \"exchange-api\"");
    }

    @ApplicationScoped
    static class ThousandCharacters {
        @Breaker(name = THOUSAND, failureThreshold = 1)
        String call() {
            return "called";
        }
    }

    @Test
    void aNameOfOneThousandCharactersIsFineAndTheRegistryRefusesLongerOnesWithItsMessage() {
        try (SeContainer container = TestDeployment.of(ThousandCharacters.class).weld().initialize()) {
            ThousandCharacters bean = container.select(ThousandCharacters.class).get();
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();

            assertThat(bean.call()).isEqualTo("called");
            assertThat(registry.find(THOUSAND)).as("created at start-up").isPresent();
            assertThat(registry.get(THOUSAND)).isSameAs(registry.find(THOUSAND).get());
            assertThat(registry.get(THOUSAND).getMetrics().successCount()).isEqualTo(1);
            String another = "x" + THOUSAND.substring(1);
            assertThat(registry.get(another).name()).isEqualTo(another);

            String tooLong = THOUSAND + THOUSAND + "abcdefghijklmnopqrstu"; // 2,021 characters
            assertThatThrownBy(() -> registry.get(tooLong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A circuit breaker name must be 1 to 1000 characters, not blank, with no control"
                            + " character; \"" + HUNDRED.substring(0, 60) + "\"... (2021 characters) has 2021"
                            + " characters, more than 1000. Give a name such as \"exchange-api\"");
            assertThatThrownBy(() -> registry.get("line\nbreak")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"line\\u000abreak\" has a control character at index 4")
                    .hasMessageNotContaining("\n");
            assertThat(registry.find(tooLong)).isEmpty();
        }
    }
}
