package dev.breaker.it.quarkus;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.UniScenario;

/** Resource methods returning the Mutiny Uni of @Breaker and @RetryWithBackoff methods, in Quarkus REST. */
class QuarkusUniIT extends UniScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }
}
