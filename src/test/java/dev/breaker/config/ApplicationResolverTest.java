package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.deployment.DeploymentValidator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationResolverTest {
    private static Resolution<ResolvedApplication> resolve(Map<String, String> properties) {
        return new ApplicationResolver(key -> Optional.ofNullable(properties.get(key))).resolve();
    }

    @Test
    void nothingSetLeavesTheRetryExecutorToTheContainer() {
        assertThat(resolve(Map.of()).orThrow()).isEqualTo(new ResolvedApplication(Optional.empty()));
    }

    @Test
    void theRetryExecutorIsAJndiNameWithoutSurroundingBlanks() {
        assertThat(resolve(Map.of("breaker.retry-executor", " java:global/concurrent/Retries ")).orThrow().retryExecutor())
                .contains("java:global/concurrent/Retries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "java:app/\nRetries", "\u0000"})
    void noBlankNameNorAControlCharacter(String text) {
        assertThat(resolve(Map.of("breaker.retry-executor", text)).problems()).containsExactly(
                "BRK-504 Asynchronous retries: breaker.retry-executor = \"" + text + "\" is not allowed: it must be a JNDI"
                        + " name, such as java:app/concurrent/RetryExecutor");
    }

    @Test
    void anApplicationWideKeyHasOnlyItsOneForm() {
        assertThat(ApplicationKeys.FAMILY.isApplicationWide()).isTrue();
        assertThat(ApplicationKeys.RETRY_EXECUTOR.forEvery()).isEqualTo("breaker.retry-executor");
        assertThat(ApplicationKeys.RETRY_EXECUTOR.member()).isEmpty();
        assertThatThrownBy(() -> ApplicationKeys.RETRY_EXECUTOR.forName("exchange-api"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("application-wide");
        assertThatThrownBy(() -> ApplicationKeys.FAMILY.key("other", "x", SettingText.jndiName("x")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RetryKeys.FAMILY.applicationKey("other", "x", SettingText.jndiName("x"),
                Message.RETRY_EXECUTOR_INVALID)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noApplicationWideKeyIsAlsoTheDefaultOfEveryBreaker() {
        // Both read breaker.<key>: one key cannot mean both.
        assertThat(ApplicationKeys.FAMILY.keys()).extracting(SettingKey::forEvery)
                .doesNotContainAnyElementsOf(BreakerKeys.FAMILY.keys().stream().map(SettingKey::forEvery).toList());
    }

    @Test
    void theApplicationWideKeysAreCheckedWithTheDeployment() {
        assertThat(DeploymentValidator.validateApplication(key -> Optional.of(" "))).containsExactly(
                "BRK-504 Asynchronous retries: breaker.retry-executor = \" \" is not allowed: it must be a JNDI name,"
                        + " such as java:app/concurrent/RetryExecutor");
    }
}
