package dev.breaker.it.harness;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One runtime the scenarios run in (Quarkus, Payara Micro, Open Liberty): how to start it with the
 * test application and where it answers.
 */
public interface RuntimeUnderTest {
    /** @return a short name, such as {@code payara} */
    String name();

    /**
     * Starts the runtime with the test application deployed.
     *
     * @param scenario a short name of the scenario, used to keep its logs and files apart
     * @param environment environment variables given to the server process
     * @return the running server; the caller closes it
     * @throws IOException when it cannot be started
     */
    ServerProcess start(String scenario, Map<String, String> environment) throws IOException;

    /** @return the application's base URL, ending in {@code /api/} */
    URI application();

    /** @return the MicroProfile Health readiness URL */
    URI readiness();

    /** @return how long the runtime may take to start, or to fail its deployment */
    default Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("it.startTimeoutSeconds", 240));
    }

    /**
     * @return whether the process ends when the deployment fails (Quarkus), rather than staying up
     *     without the application (application servers)
     */
    boolean exitsWhenDeploymentFails();
}
