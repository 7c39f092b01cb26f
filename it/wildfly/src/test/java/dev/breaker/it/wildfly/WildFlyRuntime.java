package dev.breaker.it.wildfly;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerLaunch;
import dev.breaker.it.harness.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly from wildfly-dist, started with {@code bin/standalone.sh -c standalone-microprofile.xml}
 * after the WAR is copied into {@code standalone/deployments} (the deployment scanner deploys it at
 * boot). {@code LAUNCH_JBOSS_IN_BACKGROUND} makes the script pass a SIGTERM on to the server.
 */
final class WildFlyRuntime implements RuntimeUnderTest {
    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9990;

    private final Path home = Path.of(System.getProperty("it.wildfly.home"));
    private final Path war = Path.of(System.getProperty("it.war"));
    private final Path logs = Path.of(System.getProperty("it.logs"));
    private final int offset = Integer.getInteger("it.wildfly.port-offset");

    @Override
    public String name() {
        return "wildfly";
    }

    @Override
    public ServerProcess start(String scenario, Map<String, String> environment) throws IOException {
        Path deployments = home.resolve("standalone/deployments");
        clearDeployments(deployments);
        Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return new ServerLaunch("wildfly/" + scenario,
                List.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-microprofile.xml",
                        "-Djboss.socket.binding.port-offset=" + offset),
                env, home, logs.resolve(scenario + ".log"), List.of(home.resolve("standalone/log/server.log")),
                List.of(), HTTP + offset).start();
    }

    /** Removes the WAR and the scanner's markers ({@code .deployed}, {@code .failed}) of an earlier run. */
    private static void clearDeployments(Path deployments) throws IOException {
        try (Stream<Path> files = Files.list(deployments)) {
            files.filter(file -> file.getFileName().toString().startsWith("breaker-it")).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public URI application() {
        String contextRoot = war.getFileName().toString().replaceFirst("\\.war$", "");
        return URI.create("http://localhost:" + (HTTP + offset) + "/" + contextRoot + "/api/");
    }

    @Override
    public URI readiness() {
        return URI.create("http://localhost:" + (MANAGEMENT + offset) + "/health/ready");
    }

    @Override
    public boolean exitsWhenDeploymentFails() {
        return false;
    }
}
