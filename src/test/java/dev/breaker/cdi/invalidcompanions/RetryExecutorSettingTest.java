package dev.breaker.cdi.invalidcompanions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import org.junit.jupiter.api.Test;

/**
 * breaker.retry-executor: a name not allowed stops the deployment, and so does a name that cannot be
 * looked up, here because Weld SE has no JNDI at all (as in Quarkus): a configured scheduler is never
 * silently replaced by another.
 */
class RetryExecutorSettingTest {
    private static final String ALLOWED = "a JNDI name, such as java:app/concurrent/RetryExecutor";

    @Test
    void aBlankNameIsNotAllowed() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(InvalidRetryTest.Valid.class)
                .config("breaker.retry-executor", "   ")))
                .containsExactly("BRK-901 This application: breaker.retry-executor = \"   \" is not allowed: it must be "
                        + ALLOWED);
    }

    @Test
    void aNameWithAControlCharacterIsNotAllowed() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(InvalidRetryTest.Valid.class)
                .config("breaker.retry-executor", "java:app/Retry\u0007Executor")))
                .containsExactly("BRK-901 This application: breaker.retry-executor = \"java:app/Retry\u0007Executor\""
                        + " is not allowed: it must be " + ALLOWED);
    }

    @Test
    void aNameThatCannotBeLookedUpStopsTheStart() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(InvalidRetryTest.Valid.class)
                .config("breaker.retry-executor", "java:app/concurrent/RetryExecutor")))
                .singleElement().asString()
                .startsWith("BRK-802 Asynchronous retries: breaker.retry-executor = \"java:app/concurrent/RetryExecutor\""
                        + " names no scheduler this application can use: looking it up failed with"
                        + " javax.naming.NoInitialContextException");
    }
}
