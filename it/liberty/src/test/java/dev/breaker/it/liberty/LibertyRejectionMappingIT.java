package dev.breaker.it.liberty;

import dev.breaker.it.harness.RejectionMappingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** A rejection escaping a resource method is answered 503 with Retry-After by the library's mapper, in Liberty. */
class LibertyRejectionMappingIT extends RejectionMappingScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }
}
