package dev.breaker.cdi.retrycontext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.cdi.RetryScheduler;
import dev.breaker.cdi.retrycontext.ReportClient.Seen;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.control.RequestContextController;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Weld SE, where no container scheduler exists: retries wait on the library's own threads, as before,
 * and each later attempt runs inside the caller's request context, carried with Weld's API.
 */
class OwnThreadsContextTest {
    private static WeldContainer start() {
        return TestDeployment.of(ReportClient.class, CallerState.class, AttemptScratch.class, ContextLog.class)
                .config("retry.base-delay", "10ms").weld().initialize();
    }

    private static String report(WeldContainer container, boolean touchScratch) {
        CompletableFuture<String> done = container.select(ReportClient.class).get().report(touchScratch)
                .toCompletableFuture();
        await().atMost(Duration.ofSeconds(10)).until(done::isDone);
        return done.join();
    }

    @Test
    void theFallbackIsTheLibrarysOwnThreadsCarryingWeldsRequestContext() {
        try (WeldContainer container = start()) {
            RetryScheduler waits = container.select(RetryScheduler.class).get();

            assertThat(waits.scheduling().executor()).isNull();
            assertThat(waits.scheduling().description()).isEqualTo("asynchronous retries wait on the library's own"
                    + " threads; each later attempt runs with the caller's context as carried by Weld's request context"
                    + " (the caller's request-scoped instances)");
        }
    }

    @Test
    void aLaterAttemptOnAnOwnThreadReadsTheCallersRequestScopedInstance() {
        try (WeldContainer container = start()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            CallerState state = container.select(CallerState.class).get();
            state.value("the caller's");
            int callersInstance = state.id();

            assertThat(report(container, false)).isEqualTo("reported");

            Seen later = container.select(ReportClient.class).get().seen().get(0);
            assertThat(later.thread()).startsWith(RetryScheduler.THREAD_NAME_PREFIX);
            assertThat(later.callerState()).isEqualTo(callersInstance + ":the caller's");
            ContextLog log = container.select(ContextLog.class).get();
            assertThat(log.destroyed()).as("the attempt leaves the caller's instance to the caller's request").isEmpty();

            request.deactivate();
            assertThat(log.destroyed()).containsExactly("caller-state-" + callersInstance);
        }
    }

    @Test
    void anInstanceFirstCreatedByALaterAttemptEndsWithThatAttempt() {
        try (WeldContainer container = start()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            int callersInstance = container.select(CallerState.class).get().id();

            report(container, true);

            Seen later = container.select(ReportClient.class).get().seen().get(0);
            ContextLog log = container.select(ContextLog.class).get();
            assertThat(later.scratch()).isNotNull();
            assertThat(log.destroyed()).containsExactly("attempt-scratch-" + later.scratch());
            request.deactivate();
            assertThat(log.destroyed()).containsExactly("attempt-scratch-" + later.scratch(),
                    "caller-state-" + callersInstance);
        }
    }

    @Test
    void aCallerWithoutARequestContextGivesItsLaterAttemptsNone() {
        try (WeldContainer container = start()) {
            assertThat(report(container, false)).isEqualTo("reported");

            Seen later = container.select(ReportClient.class).get().seen().get(0);
            assertThat(later.thread()).startsWith(RetryScheduler.THREAD_NAME_PREFIX);
            assertThat(later.callerState()).isEqualTo("no request context");
        }
    }

    @Test
    void eachCallCarriesItsOwnCallersContextOnTheSameThreads() {
        try (WeldContainer container = start()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            int[] instances = new int[2];
            for (int call = 0; call < 2; call++) {
                request.activate();
                CallerState state = container.select(CallerState.class).get();
                state.value("caller " + call);
                instances[call] = state.id();
                report(container, false);
                request.deactivate();
            }

            assertThat(container.select(ReportClient.class).get().seen()).extracting(Seen::callerState)
                    .containsExactly(instances[0] + ":caller 0", instances[1] + ":caller 1");
        }
    }
}
