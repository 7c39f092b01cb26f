package dev.breaker.it.payara;

import dev.breaker.it.harness.RetryChoices;
import dev.breaker.it.harness.RetryContextScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/**
 * Later attempts of a retried CompletionStage method in Payara Micro: the default
 * ManagedScheduledExecutorService, its ContextService and Weld's request context.
 */
class PayaraRetryContextIT extends RetryContextScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }

    @Override
    protected boolean hasJavaComp() {
        return true;
    }

    @Override
    protected String expectedChoice() {
        return RetryChoices.of(RetryChoices.DEFAULT_MSES, RetryChoices.CONTEXT_SERVICE_AND_WELD);
    }

    @Override
    protected String managedThreadPrefix() {
        return "concurrent/__defaultManagedScheduledExecutorService";
    }
}
