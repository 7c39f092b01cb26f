package dev.breaker.it.payara;

import dev.breaker.it.harness.RestClientScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** {@code @Breaker} and {@code @WithFallback} on a MicroProfile Rest Client interface, in Payara's REST client (Jersey). */
class PayaraRestClientIT extends RestClientScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }
}
