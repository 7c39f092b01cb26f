package dev.breaker.it.quarkus;

import dev.breaker.it.harness.FaultToleranceScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** MicroProfile Fault Tolerance (quarkus-smallrye-fault-tolerance) beside @Breaker, in Quarkus. */
class QuarkusFaultToleranceIT extends FaultToleranceScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }
}
