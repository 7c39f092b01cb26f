package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code @RetryWithBackoff} method returning a {@code CompletionStage}, retried after its first attempt
 * failed: its later attempt runs on the container's managed threads, not the library's own, with the
 * caller's context. It reads the caller's very {@code @RequestScoped} instance and, in a Jakarta EE
 * server, resolves a {@code java:comp} name; both fail on an unmanaged thread (see
 * {@code ContextProbe} in the app module). The start-up log says which scheduler and which context
 * carriers the library chose, and the runtime module says what it expects there.
 *
 * <p>Runs on the runtime's {@link SharedServer}; it uses no breaker, and no environment variable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
public abstract class RetryContextScenario implements SharedServerScenario {
    /** What the library's own threads are called: later attempts must not run there when the container has threads. */
    private static final String OWN_THREADS = "breaker-retry-";

    /** @return the runtime to start */
    @Override
    public abstract RuntimeUnderTest runtime();

    /** @return whether {@code java:comp} names resolve in the runtime (Jakarta EE servers; not Quarkus) */
    protected abstract boolean hasJavaComp();

    /** @return the start-up log line the library writes about its choice, from {@code asynchronous retries} on */
    protected abstract String expectedChoice();

    /** @return how the container's threads that run later attempts are named, at their start */
    protected abstract String managedThreadPrefix();

    @Test
    void theLibraryLogsWhereRetriesWaitAndWhichContextGoesWithThem(ServerProcess server) {
        assertThat(server.log()).contains("Breaker: " + expectedChoice());
    }

    @Test
    void aLaterAttemptRunsOnAManagedThreadInsideTheCallersContext() {
        HttpAnswer answer = HttpAnswer.get(runtime().application().resolve("retry-context/report"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, String> report = answer.report();
        System.out.printf("[it] %s: a later attempt saw %s%n", runtime().name(), report);

        assertThat(report.get("attempt")).isEqualTo("2");
        assertThat(report.get("thread")).doesNotStartWith(OWN_THREADS).startsWith(managedThreadPrefix());
        assertThat(report.get("request")).as("the caller's request-scoped instance and value")
                .isEqualTo(report.get("caller"));
        if (hasJavaComp()) {
            assertThat(report.get("javaComp")).as("java:comp/DefaultManagedExecutorService").isEqualTo("OK");
        }
    }

    @Test
    void eachCallerSeesItsOwnRequestNotAnEarlierOnes() {
        Map<String, String> first = HttpAnswer.get(runtime().application().resolve("retry-context/report")).report();
        Map<String, String> second = HttpAnswer.get(runtime().application().resolve("retry-context/report")).report();

        assertThat(second.get("caller")).isNotEqualTo(first.get("caller"));
        assertThat(second.get("request")).isEqualTo(second.get("caller"));
    }
}
