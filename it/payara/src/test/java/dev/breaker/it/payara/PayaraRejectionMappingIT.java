package dev.breaker.it.payara;

import dev.breaker.it.harness.RejectionMappingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** A rejection escaping a resource method is answered 503 with Retry-After by the library's mapper, in Payara. */
class PayaraRejectionMappingIT extends RejectionMappingScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }
}
