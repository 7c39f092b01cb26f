package dev.breaker.it.wildfly;

import dev.breaker.it.harness.RestClientScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** {@code @Breaker} and {@code @WithFallback} on a MicroProfile Rest Client interface, in WildFly's REST client (RESTEasy). */
class WildFlyRestClientIT extends RestClientScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new WildFlyRuntime();
    }
}
