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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * WildFly from wildfly-dist, started with {@code bin/standalone.sh -c standalone-microprofile-micrometer.xml}
 * after the WAR is copied into {@code standalone/deployments} (the deployment scanner deploys it at
 * boot). {@code LAUNCH_JBOSS_IN_BACKGROUND} makes the script pass a SIGTERM on to the server.
 *
 * <p>That configuration is {@code standalone-microprofile.xml} as shipped plus the micrometer subsystem
 * with its Prometheus registry at {@code /prometheus} on the management port (the shipped one has
 * neither Micrometer nor MicroProfile Metrics, so no application meter can be scraped): added once,
 * offline, by the CLI in an embedded server, before the first start, as the README tells users to.
 */
final class WildFlyRuntime implements RuntimeUnderTest {
    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9990;
    private static final String CONFIG = "standalone-microprofile-micrometer.xml";
    private static final List<String> ADD_MICROMETER = List.of(
            "embed-server --server-config=" + CONFIG + " --stability=community",
            "/extension=org.wildfly.extension.micrometer:add",
            "/subsystem=micrometer:add(exposed-subsystems=[\"*\"])",
            "/subsystem=micrometer/registry=prometheus:add(context=\"/prometheus\", security-enabled=false)",
            "stop-embedded-server");

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
        addMicrometer();
        Path deployments = home.resolve("standalone/deployments");
        clearDeployments(deployments);
        Files.copy(war, deployments.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return new ServerLaunch("wildfly/" + scenario,
                List.of(home.resolve("bin/standalone.sh").toString(), "-c", CONFIG,
                        "-Djboss.socket.binding.port-offset=" + offset),
                env, home, logs.resolve(scenario + ".log"), List.of(home.resolve("standalone/log/server.log")),
                List.of(), HTTP + offset).start();
    }

    /**
     * Writes {@value #CONFIG}: {@code standalone-microprofile.xml} with the micrometer subsystem, through
     * {@code bin/jboss-cli.sh} and an embedded server (no network, no running server). Once per unpacked
     * distribution; the CLI's output goes to {@code it-logs/add-micrometer.log}.
     */
    private void addMicrometer() throws IOException {
        Path configuration = home.resolve("standalone/configuration");
        Path config = configuration.resolve(CONFIG);
        if (Files.exists(config)) {
            return;
        }
        Files.createDirectories(logs);
        Path script = logs.resolve("add-micrometer.cli");
        Files.write(script, ADD_MICROMETER);
        Files.copy(configuration.resolve("standalone-microprofile.xml"), config);
        ProcessBuilder cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("add-micrometer.log").toFile());
        cli.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = cli.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("jboss-cli.sh did not add the micrometer subsystem within 3 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while jboss-cli.sh added the micrometer subsystem", e);
        }
        if (process.exitValue() != 0 || !Files.readString(config).contains("urn:wildfly:micrometer")) {
            Files.deleteIfExists(config);
            throw new IOException("jboss-cli.sh could not add the micrometer subsystem (exit " + process.exitValue()
                    + "): " + Files.readString(logs.resolve("add-micrometer.log")));
        }
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
