package dev.breaker.it.liberty;

import dev.breaker.it.harness.FaultToleranceScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** MicroProfile Fault Tolerance (mpFaultTolerance-4.1) beside @Breaker, in Liberty. */
class LibertyFaultToleranceIT extends FaultToleranceScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }
}
