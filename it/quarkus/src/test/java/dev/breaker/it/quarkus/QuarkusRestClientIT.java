package dev.breaker.it.quarkus;

import dev.breaker.it.harness.RestClientScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** {@code @Breaker} and {@code @WithFallback} on a MicroProfile Rest Client interface, in the Quarkus REST client (quarkus-rest-client). */
class QuarkusRestClientIT extends RestClientScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }
}
