package dev.breaker.it.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.it.harness.HttpAnswer;
import dev.breaker.it.harness.RuntimeUnderTest;
import dev.breaker.it.harness.UniScenario;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Resource methods returning the Mutiny Uni of @Breaker and @RetryWithBackoff methods, in Quarkus REST;
 * and, as {@link QuarkusRetryContextIT} shows for a {@code CompletionStage}, a retried {@code Uni}'s
 * later attempt on Quarkus's worker threads inside the caller's request context.
 */
class QuarkusUniIT extends UniScenario {
    @Override
    public RuntimeUnderTest runtime() {
        return new QuarkusRuntime();
    }

    @Test
    @Order(10)
    void aRetriedUnisLaterAttemptRunsOnAWorkerInsideTheCallersRequest() {
        HttpAnswer answer = HttpAnswer.get(runtime().application().resolve("uni/retry-context"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, String> report = answer.report();
        System.out.printf("[it] quarkus: a retried Uni's later attempt saw %s%n", report);

        assertThat(report.get("attempt")).isEqualTo("2");
        assertThat(report.get("thread")).doesNotStartWith("breaker-retry-").startsWith("executor-thread-");
        assertThat(report.get("request")).as("the caller's request-scoped instance and value")
                .isEqualTo(report.get("caller"));

        Map<String, String> next = HttpAnswer.get(runtime().application().resolve("uni/retry-context")).report();
        assertThat(next.get("caller")).as("a request of its own").isNotEqualTo(report.get("caller"));
        assertThat(next.get("request")).isEqualTo(next.get("caller"));
    }
}
