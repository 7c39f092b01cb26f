package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.deployment.DeploymentModel;
import dev.breaker.deployment.DeploymentValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code breaker.retry-executor}: a JNDI name, or nothing; a blank name or a control character is BRK-901. */
class RetryExecutorKeyTest {
    private static ApplicationResolver resolverOf(Map<String, String> properties) {
        return new ApplicationResolver(key -> Optional.ofNullable(properties.get(key)));
    }

    @Test
    void nothingSetLeavesTheSchedulerToTheContainer() {
        assertThat(resolverOf(Map.of()).resolve(ApplicationKeys.RETRY_EXECUTOR).orThrow()).isEmpty();
    }

    @Test
    void aJndiNameWithoutSurroundingBlanks() {
        assertThat(resolverOf(Map.of("breaker.retry-executor", " java:global/concurrent/Retries ")).resolve(ApplicationKeys.RETRY_EXECUTOR).orThrow())
                .contains("java:global/concurrent/Retries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "java:app/\nRetries", "\u0000"})
    void noBlankNameNorAControlCharacter(String value) {
        ApplicationResolver resolver = resolverOf(Map.of("breaker.retry-executor", value));
        String problem = "BRK-901 This application: breaker.retry-executor = \"" + value + "\" is not allowed: it must"
                + " be a JNDI name, such as java:app/concurrent/RetryExecutor";
        assertThat(resolver.problems()).containsExactly(problem);
        assertThatThrownBy(() -> resolver.resolve(ApplicationKeys.RETRY_EXECUTOR).orThrow()).hasMessage(problem);
    }

    @Test
    void aKeyOfTheWholeApplicationIsNeverAlsoTheDefaultOfEveryBreaker() {
        // Both read breaker.<key>: one key cannot mean both.
        assertThat(ApplicationKeys.FAMILY.keys()).extracting(SettingKey::forEvery)
                .doesNotContainAnyElementsOf(BreakerKeys.FAMILY.keys().stream().map(SettingKey::forEvery).toList());
        assertThat(ApplicationKeys.RETRY_EXECUTOR.forEvery()).isEqualTo("breaker.retry-executor");
        assertThat(ApplicationKeys.RETRY_EXECUTOR.member()).isEmpty();
    }

    @Test
    void theDeploymentChecksItWithEverythingElse() {
        DeploymentModel nothing = new DeploymentModel(List.of(), List.of(), List.of());
        assertThat(DeploymentValidator.validate(nothing, key -> key.equals("breaker.retry-executor")
                ? Optional.of(" ") : Optional.empty()))
                .containsExactly("BRK-901 This application: breaker.retry-executor = \" \" is not allowed: it must be"
                        + " a JNDI name, such as java:app/concurrent/RetryExecutor");
        assertThat(DeploymentValidator.validate(nothing, key -> key.equals("breaker.retry-executor")
                ? Optional.of("java:app/concurrent/Nothing") : Optional.empty())).isEmpty();
    }
}
