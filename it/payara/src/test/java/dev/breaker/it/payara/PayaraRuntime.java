package dev.breaker.it.payara;

import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.ServerLaunch;
import dev.breaker.it.harness.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payara Micro, started as users start it: {@code java -jar payara-micro.jar --deploy app.war}. Each
 * scenario gets its own root directory, emptied before every start: Payara Micro redeploys at boot
 * whatever its root directory's {@code domain.xml} lists, so an application deployed there by an
 * earlier build (or by hand) would otherwise start beside the one under test.
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
        Path rootDirectory = target.resolve("payara-rt-" + scenario);
        deleteTree(rootDirectory);
        return new ServerLaunch("payara/" + scenario,
                List.of(ServerLaunch.currentJava().toString(), "-jar", jar.toString(),
                        "--deploy", war.toString(), "--port", Integer.toString(port), "--nocluster",
                        "--rootdir", rootDirectory.toString()),
                environment, target, logs.resolve(scenario + ".log"), List.of(), List.of(), port).start();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // Deepest first, so each directory is empty when its turn comes.
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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
