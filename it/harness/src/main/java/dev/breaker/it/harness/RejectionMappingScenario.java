package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code BreakerOpenException} that escapes a JAX-RS resource method is answered {@code 503 Service
 * Unavailable} with {@code Retry-After} in whole seconds, and a body that says nothing internal, by the
 * library's own mapper: the app's {@code RejectionResource} has no mapper and does not catch it. Once
 * thrown by a method ({@code rejections}), once failing the {@code CompletionStage} a method returns
 * ({@code rejections-async}); each breaker opens at its first failure, for 30 seconds. A HALF_OPEN
 * rejection is answered too, with {@code Retry-After: 1} ({@code rejections-trial}: open for 4 seconds,
 * then one trial at a time, which the test holds in the method while it calls again).
 *
 * <p>Runs on the runtime's {@link SharedServer}, and leaves its breakers CLOSED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
public abstract class RejectionMappingScenario implements SharedServerScenario {
    private URI api;

    @BeforeAll
    void start() {
        api = runtime().application();
        HttpAnswer.post(api.resolve("rejections/reset"));
    }

    @AfterAll
    void cleanUp() {
        if (api != null) {
            HttpAnswer.post(api.resolve("rejections/reset"));
        }
    }

    @Test
    void aRejectionThrownByTheResourceMethodIsAnswered503WithRetryAfter() {
        assertRejectionsAnswered503("rejections/sync", "rejections");
    }

    @Test
    void aRejectionFailingTheStageOfTheResourceMethodIsAnswered503WithRetryAfter() {
        assertRejectionsAnswered503("rejections/async", "rejections-async");
    }

    @Test
    void aHalfOpenRejectionIsAnswered503WithRetryAfterOneSecond() {
        HttpAnswer failed = HttpAnswer.get(api.resolve("rejections/trial?fail=true"));
        assertThat(failed.status()).as("the failure that opens rejections-trial: %s", failed.body()).isEqualTo(500);
        await("rejections-trial HALF_OPEN once its 4 s open timeout has passed").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100)).until(() -> "HALF_OPEN".equals(trialState()));

        CompletableFuture<HttpAnswer> trial = CompletableFuture.supplyAsync(
                () -> HttpAnswer.get(api.resolve("rejections/trial?hold=true")));
        HttpAnswer rejected;
        String stateAfter;
        try {
            await("the trial call held in the method").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> "holding=1".equals(HttpAnswer.get(api.resolve("rejections/holding")).body()));
            rejected = HttpAnswer.get(api.resolve("rejections/trial"));
            stateAfter = trialState();
        } finally {
            HttpAnswer.post(api.resolve("rejections/release"));
        }
        assertThat(stateAfter).as("still HALF_OPEN after the rejection: its one trial is neither done nor overdue (it"
                + " would be 4 s after its admission)")
                .isEqualTo("HALF_OPEN");
        assertThat(rejected.status()).as("the HALF_OPEN rejection, mapped by the library: %s", rejected.body())
                .isEqualTo(503);
        assertThat(rejected.header("Retry-After")).as("a HALF_OPEN rejection: come back in a second").contains("1");
        assertThat(rejected.body()).as("nothing internal").isEqualTo("Service Unavailable");

        HttpAnswer trialAnswer = trial.join();
        assertThat(trialAnswer.status()).as("the held trial, once released: %s", trialAnswer.body()).isEqualTo(200);
        await("rejections-trial CLOSED by its successful trial").atMost(Duration.ofSeconds(5))
                .until(() -> "CLOSED".equals(trialState()));
    }

    /** @return the state of {@code rejections-trial} in readiness, or null while its check is not there */
    private String trialState() {
        return Readiness.read(runtime().readiness()).check("breaker:rejections-trial").map(HealthCheckView::state)
                .orElse(null);
    }

    private void assertRejectionsAnswered503(String path, String breaker) {
        HttpAnswer working = HttpAnswer.get(api.resolve(path));
        assertThat(working.status()).as("a working call: %s", working.body()).isEqualTo(200);
        assertThat(working.body()).isEqualTo("quote 1.23");

        HttpAnswer failed = HttpAnswer.get(api.resolve(path + "?fail=true"));
        assertThat(failed.status()).as("the failure that opens %s, unmapped: %s", breaker, failed.body())
                .isEqualTo(500);

        String runsBefore = HttpAnswer.get(api.resolve("rejections/runs")).body();
        HttpAnswer rejected = HttpAnswer.get(api.resolve(path));
        assertThat(rejected.status()).as("the rejection, mapped by the library: %s", rejected.body()).isEqualTo(503);
        assertThat(rejected.header("Retry-After")).as("Retry-After").hasValueSatisfying(seconds -> {
            assertThat(seconds).matches("[0-9]+");
            assertThat(Long.parseLong(seconds)).as("whole seconds of the 30 s open timeout, rounded up")
                    .isBetween(20L, 30L);
        });
        assertThat(rejected.body()).as("nothing internal").isEqualTo("Service Unavailable")
                .doesNotContain(breaker);
        assertThat(rejected.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(HttpAnswer.get(api.resolve("rejections/runs")).body()).as("the rejected call did not run")
                .isEqualTo(runsBefore);
    }
}
