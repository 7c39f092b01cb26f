package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
 * ({@code rejections-async}); each breaker opens at its first failure, for 30 seconds.
 *
 * <p>Runs on the runtime's {@link SharedServer}, and leaves both breakers CLOSED.
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
