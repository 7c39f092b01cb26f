package dev.breaker.it.wildfly;

import dev.breaker.it.harness.InvalidSettingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** An invalid threshold from the environment fails the deployment in WildFly. */
class WildFlyInvalidSettingIT extends InvalidSettingScenario {
    @Override
    protected RuntimeUnderTest runtime() {
        return new WildFlyRuntime();
    }
}
