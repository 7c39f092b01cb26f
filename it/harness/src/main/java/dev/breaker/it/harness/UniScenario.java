package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resource methods that return the Mutiny {@code Uni} of a {@code @Breaker} method (Quarkus REST
 * subscribes it): each request is one call; a {@code Uni} never subscribed is never counted; two failures
 * open {@code uni-quotes}, whose rejection fails the {@code Uni} and is answered 503 by the library's
 * mapper; after its 3-second timeout one successful trial closes it. A {@code @RetryWithBackoff} method's
 * {@code Uni} is resubscribed until it succeeds, and its breaker counts one call. A REST client interface
 * method returning a {@code Uni} ({@code uni-rates-client}) is in readiness from start-up, opens on the
 * backend's failures, rejects with 503 without calling it, and recovers.
 *
 * <p>Runs on the runtime's {@link SharedServer}, and leaves both breakers CLOSED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedServer.class)
public abstract class UniScenario implements SharedServerScenario {
    private URI api;

    @BeforeAll
    void start() {
        api = runtime().application();
        HttpAnswer.post(api.resolve("uni/reset"));
    }

    @AfterAll
    void cleanUp() {
        if (api != null) {
            HttpAnswer.post(api.resolve("backend/failing?fail=false"));
            HttpAnswer.post(api.resolve("uni/reset"));
        }
    }

    private String breaker(String name) {
        return HttpAnswer.get(api.resolve("uni/breaker/" + name)).body();
    }

    @Test
    @Order(1)
    void aUniNeverSubscribedIsNeverCounted() {
        HttpAnswer answer = HttpAnswer.get(api.resolve("uni/unsubscribed"));
        assertThat(answer.body()).isEqualTo("not subscribed");
        assertThat(breaker("uni-quotes")).startsWith("state=CLOSED successes=0 failures=0 rejected=0");
    }

    @Test
    @Order(2)
    void theUniOpensTheBreakerIsRejectedWith503AndRecovers() {
        HttpAnswer working = HttpAnswer.get(api.resolve("uni/quote"));
        assertThat(working.status()).as(working.body()).isEqualTo(200);
        assertThat(working.body()).isEqualTo("uni quote 1.23");

        HttpAnswer.post(api.resolve("uni/dependency?fail=true"));
        assertThat(HttpAnswer.get(api.resolve("uni/quote")).status()).isEqualTo(500);
        assertThat(HttpAnswer.get(api.resolve("uni/quote")).status()).isEqualTo(500);
        assertThat(breaker("uni-quotes")).startsWith("state=OPEN successes=1 failures=2 rejected=0");

        String before = breaker("uni-quotes");
        HttpAnswer rejected = HttpAnswer.get(api.resolve("uni/quote"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(503);
        assertThat(rejected.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3L));
        assertThat(rejected.body()).isEqualTo("Service Unavailable");
        assertThat(breaker("uni-quotes")).as("rejected without subscribing the method's Uni")
                .endsWith(before.substring(before.indexOf(" subscriptions=")))
                .contains("rejected=1");

        HttpAnswer.post(api.resolve("uni/dependency?fail=false"));
        await("uni-quotes to be HALF_OPEN after its 3 s timeout").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> breaker("uni-quotes").startsWith("state=HALF_OPEN"));
        HttpAnswer trial = HttpAnswer.get(api.resolve("uni/quote"));
        assertThat(trial.status()).as(trial.body()).isEqualTo(200);
        assertThat(breaker("uni-quotes")).startsWith("state=CLOSED successes=2 failures=2 rejected=1");
    }

    @Test
    @Order(3)
    void aRetriedUniIsResubscribedAndCountedOnce() {
        HttpAnswer answer = HttpAnswer.get(api.resolve("uni/flaky?failures=2"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).startsWith("uni quote after retries on ");
        assertThat(breaker("uni-retried")).startsWith("state=CLOSED successes=1 failures=0 rejected=0");
    }

    @Test
    @Order(4)
    void aUniRestClientCallOpensItsBreakerIsRejectedWith503AndRecovers() {
        Readiness ready = Readiness.read(runtime().readiness());
        assertThat(ready.check("breaker:uni-rates-client")).as("in readiness before its first call: " + ready.body())
                .hasValueSatisfying(check -> assertThat(check.state()).isEqualTo("CLOSED"));

        HttpAnswer working = HttpAnswer.get(api.resolve("uni/rest-rate"));
        assertThat(working.status()).as(working.body()).isEqualTo(200);
        assertThat(working.body()).isEqualTo("rate 1.0842");

        assertThat(HttpAnswer.post(api.resolve("backend/failing?fail=true")).status()).isEqualTo(200);
        for (int failure = 1; failure <= 2; failure++) {
            HttpAnswer failed = HttpAnswer.get(api.resolve("uni/rest-rate"));
            assertThat(failed.status()).as(failed.body()).isNotEqualTo(200);
            assertThat(failed.header("Retry-After")).as("a failure, not a rejection").isEmpty();
        }
        assertThat(breaker("uni-rates-client")).startsWith("state=OPEN successes=1 failures=2 rejected=0");

        long reached = RatesBackend.calls(api);
        HttpAnswer rejected = HttpAnswer.get(api.resolve("uni/rest-rate"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(503);
        assertThat(rejected.header("Retry-After")).isPresent();
        assertThat(RatesBackend.calls(api)).as("rejected without calling the backend").isEqualTo(reached);

        assertThat(HttpAnswer.post(api.resolve("backend/failing?fail=false")).status()).isEqualTo(200);
        await("uni-rates-client to be HALF_OPEN after its 3 s timeout").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> breaker("uni-rates-client").startsWith("state=HALF_OPEN"));
        HttpAnswer trial = HttpAnswer.get(api.resolve("uni/rest-rate"));
        assertThat(trial.status()).as(trial.body()).isEqualTo(200);
        assertThat(breaker("uni-rates-client")).startsWith("state=CLOSED successes=2 failures=2 rejected=1");
    }
}
