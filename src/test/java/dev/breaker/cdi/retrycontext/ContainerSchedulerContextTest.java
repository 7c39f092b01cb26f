package dev.breaker.cdi.retrycontext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.cdi.RetryScheduler;
import dev.breaker.cdi.retrycontext.ReportClient.Seen;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.cdi.testing.TestNaming;
import jakarta.enterprise.context.control.RequestContextController;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Jakarta EE server offers, in Weld SE with JNDI for tests: its default
 * ManagedScheduledExecutorService and ContextService under java:comp, or one named by
 * breaker.retry-executor. Retries wait and run there, with the caller's context (the context service's,
 * then Weld's request context), and stopping the application never shuts the server's scheduler down.
 */
class ContainerSchedulerContextTest {
    private static final String DEFAULT_SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final String NAMED = "java:app/concurrent/Reports";

    private TestNaming naming;
    private ScheduledThreadPoolExecutor server;
    private ScheduledThreadPoolExecutor named;

    @BeforeEach
    void bindTheServersResources() {
        server = scheduler("server-managed-");
        named = scheduler("reports-");
        naming = TestNaming.install()
                .bind(DEFAULT_SCHEDULER, server)
                .bind("java:comp/DefaultContextService", FakeContextService.create())
                .bind(NAMED, named)
                .bind("java:app/NotAScheduler", "a string");
    }

    @AfterEach
    void unbind() {
        naming.close();
        server.shutdownNow();
        named.shutdownNow();
        ReportClient.APPLICATION.remove();
    }

    private static ScheduledThreadPoolExecutor scheduler(String prefix) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private static TestDeployment deployment(String baseDelay) {
        return TestDeployment.of(ReportClient.class, CallerState.class, AttemptScratch.class, ContextLog.class)
                .config("retry.base-delay", baseDelay);
    }

    private static Seen reportOnce(WeldContainer container) {
        CompletableFuture<String> done = container.select(ReportClient.class).get().report(false).toCompletableFuture();
        await().atMost(Duration.ofSeconds(10)).until(done::isDone);
        assertThat(done).isCompletedWithValue("reported");
        return container.select(ReportClient.class).get().seen().get(0);
    }

    @Test
    void laterAttemptsRunOnTheServersDefaultSchedulerWithTheCallersContext() {
        try (WeldContainer container = deployment("10ms").weld().initialize()) {
            assertThat(container.select(RetryScheduler.class).get().scheduling().description()).isEqualTo(
                    "asynchronous retries wait on java:comp/DefaultManagedScheduledExecutorService; each later attempt"
                            + " runs with the caller's context as carried by Jakarta Concurrency's default ContextService"
                            + " (application: class loader and java: names; security) and Weld's request context (the"
                            + " caller's request-scoped instances)");
            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            CallerState state = container.select(CallerState.class).get();
            state.value("alice's");
            ReportClient.APPLICATION.set("alice");

            Seen later = reportOnce(container);

            assertThat(later.thread()).startsWith("server-managed-");
            assertThat(later.application()).isEqualTo("alice");
            assertThat(later.callerState()).isEqualTo(state.id() + ":alice's");
            request.deactivate();
        }
    }

    @Test
    void aSchedulerNamedByConfigurationIsUsedInstead() {
        try (WeldContainer container = deployment("10ms").config("breaker.retry-executor", " " + NAMED + " ").weld()
                .initialize()) {
            assertThat(container.select(RetryScheduler.class).get().scheduling().executor().description()).isEqualTo(NAMED);

            assertThat(reportOnce(container).thread()).startsWith("reports-");
            assertThat(server.getCompletedTaskCount()).isZero();
        }
    }

    @Test
    void stoppingTheApplicationCancelsItsWaitsButNeverShutsTheServersSchedulerDown() {
        CompletableFuture<String> done;
        try (WeldContainer container = deployment("1h").weld().initialize()) {
            done = container.select(ReportClient.class).get().report(false).toCompletableFuture();
            assertThat(done).isNotDone();
            assertThat(server.getQueue()).hasSize(1);
        }

        assertThat(done.handle((value, failure) -> failure).join())
                .isInstanceOf(IOException.class).hasMessage("first attempt fails")
                .satisfies(failure -> assertThat(failure.getSuppressed())
                        .singleElement().isInstanceOf(RejectedExecutionException.class));
        assertThat(server.getQueue()).as("the application's wait, cancelled").isEmpty();
        assertThat(server.isShutdown()).isFalse();
    }

    @Test
    void anAttemptWhoseContextCannotBeAppliedStillRunsWithoutIt() {
        naming.bind("java:comp/DefaultContextService", FakeContextService.refusing());
        try (WeldContainer container = deployment("10ms").weld().initialize()) {
            ReportClient.APPLICATION.set("alice");

            Seen later = reportOnce(container);

            assertThat(later.thread()).startsWith("server-managed-");
            assertThat(later.application()).isNull();
        }
    }

    @Test
    void aNameBoundToSomethingElseStopsTheDeployment() {
        assertThat(DeploymentFailure.problemsOf(deployment("10ms").config("breaker.retry-executor", "java:app/NotAScheduler")))
                .containsExactly("BRK-802 Asynchronous retries: breaker.retry-executor = \"java:app/NotAScheduler\""
                        + " names no scheduler this application can use: it is a java.lang.String, not a"
                        + " ScheduledExecutorService. Name a ManagedScheduledExecutorService the application can look up"
                        + " (one of the server's, or one declared with @ManagedScheduledExecutorDefinition, such as"
                        + " java:app/concurrent/RetryExecutor), or leave the key out: retries then wait on the"
                        + " container's default");
    }

    @Test
    void aNameBoundToNothingStopsTheDeployment() {
        assertThat(DeploymentFailure.problemsOf(deployment("10ms").config("breaker.retry-executor", "java:app/Nothing")))
                .singleElement().asString()
                .startsWith("BRK-802 Asynchronous retries: breaker.retry-executor = \"java:app/Nothing\" names no"
                        + " scheduler this application can use: looking it up failed with"
                        + " javax.naming.NameNotFoundException: java:app/Nothing is not bound.");
    }
}
