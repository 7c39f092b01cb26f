package dev.breaker.it.wildfly;

import dev.breaker.it.harness.RejectionMappingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** A rejection escaping a resource method is answered 503 with Retry-After by the library's mapper, in WildFly. */
class WildFlyRejectionMappingIT extends RejectionMappingScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new WildFlyRuntime();
    }
}
