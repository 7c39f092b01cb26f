package dev.breaker.it.liberty;

import dev.breaker.it.harness.RetryChoices;
import dev.breaker.it.harness.RetryContextScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/**
 * Later attempts of a retried CompletionStage method in Open Liberty with mpContextPropagation-1.3:
 * the default ManagedScheduledExecutorService and MicroProfile Context Propagation.
 */
class LibertyRetryContextIT extends RetryContextScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }

    @Override
    protected boolean hasJavaComp() {
        return true;
    }

    @Override
    protected String expectedChoice() {
        return RetryChoices.of(RetryChoices.DEFAULT_MSES, RetryChoices.CONTEXT_PROPAGATION);
    }

    @Override
    protected String managedThreadPrefix() {
        return "Default Executor-thread-";
    }
}
