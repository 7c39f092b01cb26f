package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The breaker's life, seen from outside a real runtime: its readiness check exists from start-up,
 * failures open it (readiness DOWN with {@code state=OPEN} and {@code retryAfterMs}), the open
 * timeout makes it HALF_OPEN (UP, {@code degraded=true}) with no call needed, a failing trial opens
 * it again, and enough successful trials close it (UP).
 *
 * <p>Each runtime module configures the breaker {@code exchange-api} in its application
 * configuration with {@code failure-threshold=4}, {@code timeout=4s} and {@code half-open-max-calls=2};
 * this scenario starts the server with the environment variable
 * {@code BREAKER_EXCHANGE_API_FAILURE_THRESHOLD=2}, and checks that the breaker opens at the second
 * failure: the environment beats the application's file.
 *
 * <p>Runs on the runtime's {@link SharedServer}, beside other scenarios that use breakers of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedServer.class)
public abstract class BreakerLifecycleScenario implements SharedServerScenario {
    /** The readiness check of the application's breaker. */
    protected static final String CHECK = "breaker:exchange-api";
    /** What the environment sets, against the configuration file's 4. */
    protected static final int THRESHOLD_FROM_ENVIRONMENT = 2;
    /** The configuration file's {@code timeout}. */
    protected static final Duration OPEN_TIMEOUT = Duration.ofSeconds(4);

    private ExchangeApp app;

    /** @return the runtime to start */
    @Override
    public abstract RuntimeUnderTest runtime();

    /**
     * @param runtime a runtime
     * @return what this scenario needs in the server's environment: the breaker's threshold
     */
    static Map<String, String> environment(RuntimeUnderTest runtime) {
        return Map.of("BREAKER_EXCHANGE_API_FAILURE_THRESHOLD", Integer.toString(THRESHOLD_FROM_ENVIRONMENT));
    }

    @Override
    public Map<String, String> environment() {
        return environment(runtime());
    }

    @BeforeAll
    void awaitBreakerCheck() {
        app = new ExchangeApp(runtime().application());
        // Breakers are created at start-up: once the application serves, the check is due.
        await("the readiness check " + CHECK + " once the application serves")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> readiness().check(CHECK).isPresent());
    }

    @Test
    @Order(1)
    void breakerIsInReadinessAndClosedBeforeItsFirstCall() {
        Readiness ready = readiness();

        assertThat(ready.httpStatus()).as(ready.body()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        HealthCheckView check = ready.check(CHECK).orElseThrow();
        assertThat(check.status()).isEqualTo("UP");
        assertThat(check.data()).as("a CLOSED breaker's data is its state alone").isEqualTo(Map.of("state", "CLOSED"));
        assertThat(app.dependencyCalls()).as("no call has reached the exchange yet").isZero();
    }

    @Test
    @Order(2)
    void failuresOpenItTheTimeoutHalfOpensItAndTrialsCloseIt() {
        step("a working call");
        assertThat(app.rate().status()).isEqualTo(200);

        step("the exchange fails: one failure is below the environment's threshold of 2");
        assertThat(app.setDependencyFailing(true).status()).isEqualTo(200);
        assertThat(app.rate().status()).isEqualTo(502);
        assertThat(breakerCheck().state()).isEqualTo("CLOSED");

        step("the second failure opens it: readiness DOWN with state OPEN and retryAfterMs");
        assertThat(app.rate().status()).isEqualTo(502);
        assertOpen(readiness());

        step("an open breaker rejects without calling the exchange");
        long reached = app.dependencyCalls();
        HttpAnswer rejected = app.rate();
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(503);
        assertThat(rejected.body()).contains("exchange-api");
        assertThat(app.dependencyCalls()).isEqualTo(reached);

        step("after the open timeout it is HALF_OPEN without any call: readiness UP, degraded");
        assertHalfOpen(awaitState("HALF_OPEN"));

        step("a failing trial opens it again");
        assertThat(app.rate().status()).isEqualTo(502);
        assertOpen(readiness());

        step("the exchange recovers; after the timeout, HALF_OPEN again");
        assertThat(app.setDependencyFailing(false).status()).isEqualTo(200);
        assertHalfOpen(awaitState("HALF_OPEN"));

        step("the first of two trials succeeds: still HALF_OPEN (half-open-max-calls=2 from the file)");
        assertThat(app.rate().status()).isEqualTo(200);
        assertThat(breakerCheck().state()).isEqualTo("HALF_OPEN");

        step("the second trial succeeds: CLOSED, readiness UP");
        assertThat(app.rate().status()).isEqualTo(200);
        Readiness closed = readiness();
        assertThat(closed.httpStatus()).as(closed.body()).isEqualTo(200);
        assertThat(closed.status()).isEqualTo("UP");
        assertThat(closed.check(CHECK).orElseThrow().data()).isEqualTo(Map.of("state", "CLOSED"));
    }

    private void assertOpen(Readiness down) {
        assertThat(down.httpStatus()).as(down.body()).isEqualTo(503);
        assertThat(down.status()).isEqualTo("DOWN");
        HealthCheckView check = down.check(CHECK).orElseThrow();
        assertThat(check.status()).isEqualTo("DOWN");
        assertThat(check.state()).isEqualTo("OPEN");
        assertThat(check.retryAfterMs()).as("retryAfterMs in " + check.data()).isPresent();
        assertThat(check.retryAfterMs().getAsLong()).isBetween(0L, OPEN_TIMEOUT.toMillis());
        assertThat(check.degraded()).isFalse();
    }

    private static void assertHalfOpen(Readiness ready) {
        assertThat(ready.httpStatus()).as(ready.body()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        HealthCheckView check = ready.check(CHECK).orElseThrow();
        assertThat(check.status()).isEqualTo("UP");
        assertThat(check.degraded()).as("degraded in " + check.data()).isTrue();
        assertThat(check.data()).doesNotContainKey("retryAfterMs");
    }

    private Readiness awaitState(String state) {
        return await(CHECK + " to be " + state)
                .atMost(OPEN_TIMEOUT.multipliedBy(4))
                .pollInterval(Duration.ofMillis(200))
                .until(this::readiness, ready -> ready.check(CHECK).map(c -> state.equals(c.state())).orElse(false));
    }

    private HealthCheckView breakerCheck() {
        Readiness ready = readiness();
        return ready.check(CHECK).orElseThrow(() -> new AssertionError("no " + CHECK + " in " + ready.body()));
    }

    private Readiness readiness() {
        return Readiness.read(runtime().readiness());
    }

    private void step(String what) {
        System.out.printf("[it] %s: %s%n", runtime().name(), what);
    }
}
