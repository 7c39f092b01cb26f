package dev.breaker.it.quarkus;

import dev.breaker.it.harness.RetryChoices;
import dev.breaker.it.harness.RetryContextScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/**
 * Later attempts of a retried CompletionStage method in Quarkus: Vert.x timers, the worker pool and
 * MicroProfile Context Propagation (SmallRye).
 */
class QuarkusRetryContextIT extends RetryContextScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }

    @Override
    protected boolean hasJavaComp() {
        return false;
    }

    @Override
    protected String expectedChoice() {
        return RetryChoices.of(RetryChoices.QUARKUS, RetryChoices.CONTEXT_PROPAGATION);
    }

    @Override
    protected String managedThreadPrefix() {
        return "executor-thread-";
    }
}
