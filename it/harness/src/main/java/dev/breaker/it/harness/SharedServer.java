package dev.breaker.it.harness;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One running server per runtime for every scenario that runs against the valid test application:
 * a server start takes up to two minutes (Open Liberty, WildFly), so each scenario that started its
 * own would add that much to every build.
 *
 * <p>The first scenario class of a runtime module that needs the server starts it, with the
 * environment every such scenario needs ({@link #NEEDS}), and waits until the application serves. The
 * server is kept in JUnit's root store, so later scenario classes of the same test run (failsafe runs
 * a module's test classes in one JVM) find it running; JUnit closes it, so stops the server, when the
 * whole run ends. A scenario class that needs a server of its own ({@link InvalidSettingScenario})
 * first stops the shared one through {@link #stopShared}, since both listen on the module's port;
 * {@link ScenarioOrder} runs such classes first, so that each runtime starts its shared server once.
 *
 * <p>Scenarios share a server, so each must stay independent of the others whatever order they run
 * in: its own breakers, endpoints and environment variables, never another scenario's; and it leaves
 * every breaker it used CLOSED when it ends, since readiness is one answer for all of them.
 *
 * <p>Registered on a scenario class with {@code @ExtendWith(SharedServer.class)}; the class must
 * implement {@link SharedServerScenario} and use {@code @TestInstance(PER_CLASS)}. When a test or a
 * scenario's {@code @BeforeAll} fails, the end of the shared server's log is printed. A test or lifecycle
 * method that needs the server itself (to read its log) declares a {@link ServerProcess} parameter.
 */
public final class SharedServer implements BeforeAllCallback, TestWatcher, LifecycleMethodExecutionExceptionHandler,
        ParameterResolver {
    /**
     * What each scenario on the shared server needs in the server's environment, by runtime. A new
     * scenario on the shared server adds its own here; the names must concern its own breakers only.
     */
    private static final List<Function<RuntimeUnderTest, Map<String, String>>> NEEDS = List.of(
            BreakerLifecycleScenario::environment, RestClientScenario::environment);
    // RejectionMappingScenario, UniScenario and FaultToleranceScenario need nothing in the environment.

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Object instance = context.getRequiredTestInstance();
        if (!(instance instanceof SharedServerScenario scenario)) {
            throw new IllegalStateException(context.getRequiredTestClass().getName() + " uses " + SharedServer.class
                    .getSimpleName() + " but is not a " + SharedServerScenario.class.getSimpleName());
        }
        RuntimeUnderTest runtime = scenario.runtime();
        Running running = store(context).getOrComputeIfAbsent(runtime.name(), name -> Running.start(runtime),
                Running.class);
        Map<String, String> missing = new LinkedHashMap<>(scenario.environment());
        missing.entrySet().removeAll(running.environment.entrySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(context.getRequiredTestClass().getName() + " needs " + missing
                    + " in the shared server's environment, which has " + running.environment
                    + ": add the scenario to SharedServer.NEEDS");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServerProcess.class;
    }

    @Override
    public ServerProcess resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Object instance = context.getRequiredTestInstance();
        RuntimeUnderTest runtime = ((SharedServerScenario) instance).runtime();
        Running running = store(context).get(runtime.name(), Running.class);
        if (running == null) {
            throw new IllegalStateException("no shared server of " + runtime.name() + " runs");
        }
        return running.server;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        printLog(context, cause);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        printLog(context, thrown);
        throw thrown;
    }

    private static void printLog(ExtensionContext context, Throwable cause) {
        Object instance = context.getTestInstance().orElse(null);
        if (instance instanceof SharedServerScenario scenario) {
            Running running = store(context).get(scenario.runtime().name(), Running.class);
            if (running != null) {
                ServerLogOnFailure.print(running.server, cause);
            }
        }
    }

    /**
     * Stops the shared server of a runtime if it runs, so that a scenario can start a server of its own
     * on the same port. A later scenario on the shared server starts it again.
     *
     * @param context any extension context of the test run
     * @param runtime the runtime
     */
    public static void stopShared(ExtensionContext context, RuntimeUnderTest runtime) {
        Running running = store(context).remove(runtime.name(), Running.class);
        if (running != null) {
            running.close();
        }
    }

    /**
     * @param runtime a runtime
     * @return the environment the shared server of that runtime is started with: every scenario's needs
     * @throws IllegalStateException when two scenarios want different values for one variable
     */
    static Map<String, String> environment(RuntimeUnderTest runtime) {
        Map<String, String> union = new LinkedHashMap<>();
        for (Function<RuntimeUnderTest, Map<String, String>> need : NEEDS) {
            need.apply(runtime).forEach((name, value) -> {
                String other = union.putIfAbsent(name, value);
                if (other != null && !other.equals(value)) {
                    throw new IllegalStateException("Two scenarios on the shared server want " + name + " = " + other
                            + " and " + value + ": scenarios must use variables of their own");
                }
            });
        }
        return Map.copyOf(union);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** The shared server of one runtime, stopped when JUnit closes the root store at the end of the run. */
    private static final class Running implements AutoCloseable {
        final ServerProcess server;
        final Map<String, String> environment;

        private Running(ServerProcess server, Map<String, String> environment) {
            this.server = server;
            this.environment = environment;
        }

        /** Starts the server and waits until the application serves; stops it again if it does not. */
        static Running start(RuntimeUnderTest runtime) {
            Map<String, String> environment = environment(runtime);
            ServerProcess server;
            try {
                server = runtime.start("shared", environment);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot start " + runtime.name(), e);
            }
            long started = System.nanoTime();
            try {
                ExchangeApp app = new ExchangeApp(runtime.application());
                ServerUp serverUp = new ServerUp(runtime);
                await("the application to serve")
                        .atMost(runtime.startTimeout())
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            if (!server.isAlive()) {
                                throw new AssertionError("the server ended with " + server.exitCode());
                            }
                            boolean serves = app.dependency().status() == 200;
                            serverUp.failIfStillNotServing(serves);
                            return serves;
                        });
            } catch (RuntimeException | Error notReady) {
                ServerLogOnFailure.print(server, notReady);
                server.close();
                throw notReady;
            }
            System.out.printf("[it] %s serves the application in %d ms (shared by the scenarios)%n", runtime.name(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Running(server, environment);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
