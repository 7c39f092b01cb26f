package dev.breaker.it.wildfly;

import dev.breaker.it.harness.BreakerLifecycleScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** The breaker's life in WildFly, through the portable extension. */
class WildFlyBreakerLifecycleIT extends BreakerLifecycleScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new WildFlyRuntime();
    }
}
