package dev.breaker.it.payara;

import dev.breaker.it.harness.BreakerLifecycleScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** The breaker's life in Payara Micro, through the portable extension. */
class PayaraBreakerLifecycleIT extends BreakerLifecycleScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }
}
