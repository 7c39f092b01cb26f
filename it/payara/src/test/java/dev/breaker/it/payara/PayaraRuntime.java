package dev.breaker.it.payara;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerLaunch;
import dev.breaker.it.harness.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro, started as users start it: {@code java -jar payara-micro.jar --deploy app.war}. Each
 * scenario gets its own root directory, so no deployment is left over from another.
 */
final class PayaraRuntime implements RuntimeUnderTest {
    private final Path jar = Path.of(System.getProperty("it.payara.jar"));
    private final Path war = Path.of(System.getProperty("it.war"));
    private final Path logs = Path.of(System.getProperty("it.logs"));
    private final int port = Integer.getInteger("it.port");

    @Override
    public String name() {
        return "payara";
    }

    @Override
    public ServerProcess start(String scenario, Map<String, String> environment) throws IOException {
        Path target = jar.getParent().getParent();
        return new ServerLaunch("payara/" + scenario,
                List.of(ServerLaunch.currentJava().toString(), "-jar", jar.toString(),
                        "--deploy", war.toString(), "--port", Integer.toString(port), "--nocluster",
                        "--rootdir", target.resolve("payara-rt-" + scenario).toString()),
                environment, target, logs.resolve(scenario + ".log"), List.of(), List.of(), port).start();
    }

    @Override
    public URI application() {
        String contextRoot = war.getFileName().toString().replaceFirst("\\.war$", "");
        return URI.create("http://localhost:" + port + "/" + contextRoot + "/api/");
    }

    @Override
    public URI readiness() {
        return URI.create("http://localhost:" + port + "/health/ready");
    }

    @Override
    public boolean exitsWhenDeploymentFails() {
        return false;
    }
}
