package dev.breaker.it.liberty;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerLaunch;
import dev.breaker.it.harness.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Open Liberty server that liberty-maven-plugin created and deployed into, run in the foreground
 * with {@code wlp/bin/server run} (the script execs the JVM, so stopping the process stops Liberty).
 */
final class LibertyRuntime implements RuntimeUnderTest {
    private final Path wlp = Path.of(System.getProperty("it.liberty.wlp"));
    private final String server = System.getProperty("it.liberty.server");
    private final Path logs = Path.of(System.getProperty("it.logs"));
    private final int port = Integer.getInteger("it.port");

    @Override
    public String name() {
        return "liberty";
    }

    @Override
    public ServerProcess start(String scenario, Map<String, String> environment) throws IOException {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path serverLogs = wlp.resolve("usr/servers").resolve(server).resolve("logs");
        return new ServerLaunch("liberty/" + scenario,
                List.of(wlp.resolve("bin/server").toString(), "run", server),
                env, wlp, logs.resolve(scenario + ".log"), List.of(serverLogs.resolve("messages.log")),
                List.of(), port).start();
    }

    @Override
    public URI application() {
        return URI.create("http://localhost:" + port + "/breaker-it/api/");
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
