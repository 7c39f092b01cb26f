package dev.breaker.it.liberty;

import dev.breaker.it.harness.BreakerLifecycleScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** The breaker's life in Open Liberty, through the portable extension. */
class LibertyBreakerLifecycleIT extends BreakerLifecycleScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }
}
