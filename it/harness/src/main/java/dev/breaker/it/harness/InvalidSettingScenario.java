package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An invalid setting stops the deployment: the server is started with
 * {@code BREAKER_EXCHANGE_API_FAILURE_THRESHOLD=0}, and the library's message, naming the breaker,
 * the key and the value, must appear in the server's log while the application never serves.
 *
 * <p>It needs a server of its own, started with a value no other scenario wants; {@link ScenarioOrder}
 * runs it before the scenarios on the {@link SharedServer}.
 */
public abstract class InvalidSettingScenario {
    /**
     * A line of the library's message: it names the breaker and the key, and gives the value 0. The
     * key may be written as the property or as the environment variable.
     */
    private static final Pattern LIBRARY_MESSAGE = Pattern.compile(
            ".*exchange.api.*failure.?threshold.*\\b0\\b.*|.*failure.?threshold.*\\b0\\b.*exchange.api.*",
            Pattern.CASE_INSENSITIVE);

    private ServerProcess server;

    @RegisterExtension
    final ServerLogOnFailure logOnFailure = new ServerLogOnFailure(() -> server);

    /** The port is the module's: a shared server left running by another scenario class is stopped first. */
    @RegisterExtension
    final BeforeEachCallback portForItself = context -> SharedServer.stopShared(context, runtime());

    /** @return the runtime to start */
    protected abstract RuntimeUnderTest runtime();

    @Test
    void zeroThresholdFromTheEnvironmentStopsTheDeployment() throws Exception {
        RuntimeUnderTest runtime = runtime();
        long started = System.nanoTime();
        try (ServerProcess failing = runtime.start("invalid-threshold",
                Map.of("BREAKER_EXCHANGE_API_FAILURE_THRESHOLD", "0"))) {
            server = failing;

            ExchangeApp app = new ExchangeApp(runtime.application());
            // Wait for the message, but stop early on an outcome that can no longer change: the
            // process ended, or the application serves (the deployment succeeded despite the setting).
            await("the library's message about failure-threshold = 0 in the log")
                    .atMost(runtime.startTimeout())
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> libraryMessage(failing.log()).isPresent() || !failing.isAlive()
                            || app.dependency().status() == 200);

            Optional<String> message = libraryMessage(failing.log());
            assertThat(message).as("the library's message in the log; the application answers "
                    + app.dependency() + ", the process " + (failing.isAlive() ? "runs" : "ended")).isPresent();
            System.out.printf("[it] %s: deployment failed as expected in %d ms:%n    %s%n", runtime.name(),
                    (System.nanoTime() - started) / 1_000_000, message.get().trim());

            if (runtime.exitsWhenDeploymentFails()) {
                await("the process to end").atMost(Duration.ofSeconds(60)).until(() -> !failing.isAlive());
                assertThat(failing.exitCode()).as("exit code").isPresent().isNotEqualTo(OptionalInt.of(0));
            } else {
                assertThat(app.dependency().status()).as("the application must not serve").isNotEqualTo(200);
            }
        }
    }

    private static Optional<String> libraryMessage(String log) {
        return log.lines().filter(line -> LIBRARY_MESSAGE.matcher(line).matches()).findFirst();
    }
}
