package dev.breaker.it.quarkus;

import dev.breaker.it.harness.BreakerLifecycleScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** The breaker's life in Quarkus, through the build compatible extension. */
class QuarkusBreakerLifecycleIT extends BreakerLifecycleScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }
}
