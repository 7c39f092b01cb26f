package dev.breaker.it.harness;

import java.util.Map;

/**
 * A scenario that runs against the valid test application on its runtime's {@link SharedServer}.
 * Each runtime module subclasses it, giving the runtime.
 */
public interface SharedServerScenario {
    /** @return the runtime the scenario runs in */
    RuntimeUnderTest runtime();

    /**
     * @return the environment variables this scenario needs in the server's environment (each one
     *     about its own breakers or endpoints); {@link SharedServer} checks that the shared server has them
     */
    default Map<String, String> environment() {
        return Map.of();
    }
}
