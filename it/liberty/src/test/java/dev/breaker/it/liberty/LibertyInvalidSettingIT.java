package dev.breaker.it.liberty;

import dev.breaker.it.harness.InvalidSettingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/** An invalid threshold from the environment stops the application's start in Open Liberty. */
class LibertyInvalidSettingIT extends InvalidSettingScenario {
    @Override
    protected RuntimeUnderTest runtime() {
        return new LibertyRuntime();
    }
}
