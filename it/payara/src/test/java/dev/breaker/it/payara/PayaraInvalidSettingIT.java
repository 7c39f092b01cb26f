package dev.breaker.it.payara;

import dev.breaker.it.harness.InvalidSettingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** An invalid threshold from the environment stops the deployment in Payara Micro. */
class PayaraInvalidSettingIT extends InvalidSettingScenario {
    @Override
    protected RuntimeUnderTest runtime() {
        return new PayaraRuntime();
    }
}
