package dev.breaker.it.quarkus;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerLaunch;
import dev.breaker.it.harness.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The application packaged by quarkus-maven-plugin, started with {@code java -jar quarkus-run.jar}. */
final class QuarkusRuntime implements RuntimeUnderTest {
    private final Path app = Path.of(System.getProperty("it.quarkus.app"));
    private final Path logs = Path.of(System.getProperty("it.logs"));
    private final int port = Integer.getInteger("it.port");

    @Override
    public String name() {
        return "quarkus";
    }

    @Override
    public ServerProcess start(String scenario, Map<String, String> environment) throws IOException {
        return new ServerLaunch("quarkus/" + scenario,
                List.of(ServerLaunch.currentJava().toString(), "-Dquarkus.http.port=" + port,
                        "-jar", app.resolve("quarkus-run.jar").toString()),
                environment, app, logs.resolve(scenario + ".log"), List.of(), List.of(), port).start();
    }

    @Override
    public URI application() {
        return URI.create("http://localhost:" + port + "/api/");
    }

    @Override
    public URI readiness() {
        return URI.create("http://localhost:" + port + "/q/health/ready");
    }

    @Override
    public boolean exitsWhenDeploymentFails() {
        return true;
    }
}
