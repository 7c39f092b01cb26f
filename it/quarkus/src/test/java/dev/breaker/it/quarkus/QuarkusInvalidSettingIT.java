package dev.breaker.it.quarkus;

import dev.breaker.it.harness.InvalidSettingScenario;
import dev.breaker.it.harness.RuntimeUnderTest;

/**
 * An invalid threshold given at run time stops a Quarkus application at start-up: the build
 * compatible extension ran at build time, so the library must check run-time configuration again.
 */
class QuarkusInvalidSettingIT extends InvalidSettingScenario {
    @Override
    protected RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }
}
