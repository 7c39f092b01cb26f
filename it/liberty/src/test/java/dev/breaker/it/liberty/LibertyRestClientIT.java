package dev.breaker.it.liberty;

import dev.breaker.it.harness.RestClientScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** {@code @Breaker} and {@code @WithFallback} on a MicroProfile Rest Client interface, in Open Liberty's REST client (mpRestClient-4.0, RESTEasy). */
class LibertyRestClientIT extends RestClientScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }
}
