package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Breaker} and {@code @WithFallback} on a MicroProfile Rest Client interface, in the runtime's
 * own REST client: the app's {@code RatesBackendClient} calls the application's own backend resource,
 * which the test switches to failing. Both breakers of the client, the interface's named one
 * ({@code rates-client}, {@code failureThreshold = 2}, {@code timeoutSeconds = 3},
 * {@code halfOpenMaxCalls = 1} on the interface) and the unnamed one of {@code quote()}
 * ({@code breaker:dev.breaker.it.app.RatesBackendClient.quote}), are in readiness before the first call;
 * each opens through the client (readiness DOWN), rejects without calling the backend, and closes again
 * after the open timeout; the default method {@code cachedQuote()} answers for {@code quote()} while
 * its breaker is OPEN. A {@code @RetryWithBackoff} REST call, synchronous and returning a
 * {@code CompletionStage}, is retried through the client until the backend answers, and its breaker
 * counts the run as one success.
 *
 * <p>Runs on the runtime's {@link SharedServer}: the server gets the client's base URL in
 * {@code RATES_BACKEND_MP_REST_URL}, and the scenario leaves both breakers CLOSED when it ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedServer.class)
public abstract class RestClientScenario implements SharedServerScenario {
    /** The readiness check of the interface's breaker. */
    protected static final String INTERFACE_CHECK = "breaker:rates-client";
    /** The readiness check of the unnamed breaker of {@code quote()}. */
    protected static final String QUOTE_CHECK = "breaker:dev.breaker.it.app.RatesBackendClient.quote";
    /** The open timeout both breakers declare. */
    protected static final Duration OPEN_TIMEOUT = Duration.ofSeconds(3);

    private URI api;

    /**
     * @param runtime a runtime
     * @return what this scenario needs in the server's environment: the REST client's base URL, the
     *     application's own {@code /api}
     */
    static Map<String, String> environment(RuntimeUnderTest runtime) {
        return Map.of("RATES_BACKEND_MP_REST_URL", runtime.application().toString().replaceFirst("/$", ""));
    }

    @Override
    public Map<String, String> environment() {
        return environment(runtime());
    }

    @BeforeAll
    void awaitChecks() {
        api = runtime().application();
        await("the readiness checks " + INTERFACE_CHECK + " and " + QUOTE_CHECK + " once the application serves")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Readiness ready = readiness();
                    return ready.check(INTERFACE_CHECK).isPresent() && ready.check(QUOTE_CHECK).isPresent();
                });
    }

    /** Leaves the backend working and both breakers CLOSED, whatever happened, for the next scenario. */
    @AfterAll
    void cleanUp() {
        if (api != null) {
            HttpAnswer.post(api.resolve("backend/failing?fail=false"));
            HttpAnswer.post(api.resolve("client/reset"));
        }
    }

    @Test
    @Order(1)
    void bothBreakersOfTheClientAreInReadinessAndClosedBeforeTheFirstCall() {
        Readiness ready = readiness();
        for (String name : new String[] {INTERFACE_CHECK, QUOTE_CHECK}) {
            HealthCheckView check = ready.check(name).orElseThrow(() -> new AssertionError("no " + name + " in "
                    + ready.body()));
            assertThat(check.status()).as(name).isEqualTo("UP");
            assertThat(check.data()).as(name).isEqualTo(Map.of("state", "CLOSED"));
        }
        assertThat(ready.check("breakers").map(HealthCheckView::data).orElse(Map.of()))
                .as("no breaker of the client was made at a first call").isEmpty();
        assertThat(RatesBackend.calls(api)).as("no call has reached the backend yet").isZero();
    }

    @Test
    @Order(2)
    void theInterfacesBreakerOpensThroughTheClientAndClosesAfterItsTimeout() {
        step("a working call through the client");
        assertAnswer(get("client/rate"), 200, "rate 1.0842");

        step("the backend fails: two failures open rates-client (failureThreshold = 2 on the interface)");
        setBackendFailing(true);
        assertThat(get("client/rate").status()).isEqualTo(502);
        assertThat(check(INTERFACE_CHECK).state()).isEqualTo("CLOSED");
        assertThat(get("client/rate").status()).isEqualTo(502);
        assertOpen(INTERFACE_CHECK);

        step("an open breaker rejects without calling the backend");
        long reached = RatesBackend.calls(api);
        assertAnswer(get("client/rate"), 503, "rates-client");
        assertThat(RatesBackend.calls(api)).isEqualTo(reached);

        step("the backend recovers; after the open timeout one successful trial closes it (halfOpenMaxCalls = 1)");
        setBackendFailing(false);
        awaitState(INTERFACE_CHECK, "HALF_OPEN");
        assertAnswer(get("client/rate"), 200, "rate 1.0842");
        assertClosed(INTERFACE_CHECK);
    }

    @Test
    @Order(3)
    void theUnnamedBreakerOpensAndTheDefaultFallbackAnswersWhileItIsOpen() {
        step("a working call through the client");
        assertAnswer(get("client/quote"), 200, "live quote");

        step("the backend fails: the fallback answers each failure; two failures open the unnamed breaker");
        setBackendFailing(true);
        assertAnswer(get("client/quote"), 200, "cached quote");
        assertAnswer(get("client/quote"), 200, "cached quote");
        assertOpen(QUOTE_CHECK);
        assertThat(check(INTERFACE_CHECK).state()).as("a breaker of its own").isEqualTo("CLOSED");

        step("while OPEN the fallback answers, and the backend is not called");
        long reached = RatesBackend.calls(api);
        assertAnswer(get("client/quote"), 200, "cached quote");
        assertThat(RatesBackend.calls(api)).isEqualTo(reached);

        step("the backend recovers; after the open timeout one successful trial closes it");
        setBackendFailing(false);
        awaitState(QUOTE_CHECK, "HALF_OPEN");
        assertAnswer(get("client/quote"), 200, "live quote");
        assertClosed(QUOTE_CHECK);
    }

    @Test
    @Order(4)
    void aRetriedRestCallIsRetriedThroughTheClientAndCountedOnceByItsBreaker() {
        for (String path : new String[] {"client/flaky", "client/flaky-async"}) {
            step(path + ": the backend fails the next two calls; the third attempt succeeds");
            String countsBefore = get("client/counts").body();
            long reached = RatesBackend.calls(api);
            assertThat(HttpAnswer.post(api.resolve("backend/fail-next?count=2")).status()).isEqualTo(200);

            assertAnswer(get(path), 200, "flaky rate 1.0842");
            assertThat(RatesBackend.calls(api)).as("three attempts reached the backend").isEqualTo(reached + 3);
            assertThat(get("client/counts").body()).as("rates-client saw one call: a success")
                    .isEqualTo(countsAfterOneSuccess(countsBefore));
            assertThat(check(INTERFACE_CHECK).state()).isEqualTo("CLOSED");
        }
    }

    /** @return {@code counts} ({@code successes=<n> failures=<n> rejected=<n>}) with one success more */
    private static String countsAfterOneSuccess(String counts) {
        Matcher successes = Pattern.compile("successes=(\\d+)").matcher(counts);
        if (!successes.find()) {
            throw new AssertionError("GET client/counts answered " + counts);
        }
        return successes.replaceFirst("successes=" + (Long.parseLong(successes.group(1)) + 1));
    }

    private void assertOpen(String name) {
        Readiness down = readiness();
        assertThat(down.httpStatus()).as(down.body()).isEqualTo(503);
        assertThat(down.status()).isEqualTo("DOWN");
        HealthCheckView check = down.check(name).orElseThrow();
        assertThat(check.status()).isEqualTo("DOWN");
        assertThat(check.state()).isEqualTo("OPEN");
        assertThat(check.retryAfterMs()).as("retryAfterMs in " + check.data()).isPresent();
        assertThat(check.retryAfterMs().getAsLong()).isBetween(0L, OPEN_TIMEOUT.toMillis());
    }

    private void assertClosed(String name) {
        Readiness ready = readiness();
        assertThat(ready.httpStatus()).as(ready.body()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.check(name).orElseThrow().data()).isEqualTo(Map.of("state", "CLOSED"));
    }

    private void awaitState(String name, String state) {
        await(name + " to be " + state)
                .atMost(OPEN_TIMEOUT.multipliedBy(4))
                .pollInterval(Duration.ofMillis(200))
                .until(this::readiness, ready -> ready.check(name).map(c -> state.equals(c.state())).orElse(false));
    }

    private static void assertAnswer(HttpAnswer answer, int status, String bodyPart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains(bodyPart);
    }

    private HealthCheckView check(String name) {
        Readiness ready = readiness();
        return ready.check(name).orElseThrow(() -> new AssertionError("no " + name + " in " + ready.body()));
    }

    private void setBackendFailing(boolean failing) {
        HttpAnswer answer = HttpAnswer.post(api.resolve("backend/failing?fail=" + failing));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private HttpAnswer get(String path) {
        return HttpAnswer.get(api.resolve(path));
    }

    private Readiness readiness() {
        return Readiness.read(runtime().readiness());
    }

    private void step(String what) {
        System.out.printf("[it] %s rest client: %s%n", runtime().name(), what);
    }
}
