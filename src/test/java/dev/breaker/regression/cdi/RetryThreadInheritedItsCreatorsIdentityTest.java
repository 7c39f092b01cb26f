package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.breaker.RetryWithBackoff;
import dev.breaker.cdi.RetryScheduler;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Payara keeps a request's security identity in an inheritable thread local, and the library's retry
 * threads inherited it from whichever request created them: an anonymous caller's retry ran as the user
 * whose request had happened to start the thread. The library's own threads must carry nothing of the
 * thread that created them.
 */
class RetryThreadInheritedItsCreatorsIdentityTest {
    /** Stands in for Payara's invocation stack. */
    static final InheritableThreadLocal<String> IDENTITY = new InheritableThreadLocal<>();

    @AfterEach
    void forgetTheIdentity() {
        IDENTITY.remove();
    }

    @Test
    void aLaterAttemptOnANewRetryThreadSeesNoIdentityOfTheCallerThatCreatedIt() {
        try (WeldContainer container = TestDeployment.of(Notifier.class).config("retry.base-delay", "5ms").weld()
                .initialize()) {
            Notifier notifier = container.select(Notifier.class).get();

            IDENTITY.set("alice");
            call(notifier);
            IDENTITY.remove(); // an anonymous caller next, served by the same threads
            call(notifier);

            assertThat(notifier.laterAttempts()).hasSize(2).allSatisfy(attempt -> {
                assertThat(attempt.thread()).startsWith(RetryScheduler.THREAD_NAME_PREFIX);
                assertThat(attempt.identity()).isNull();
            });
        }
    }

    private static void call(Notifier notifier) {
        CompletableFuture<String> done = notifier.notifyUser().toCompletableFuture();
        await().atMost(Duration.ofSeconds(10)).until(done::isDone);
        assertThat(done).isCompletedWithValue("notified");
    }

    /** The first attempt of each call fails; the second records the identity it runs as. */
    @ApplicationScoped
    public static class Notifier {
        record Attempt(String thread, String identity) {
        }

        private final AtomicInteger runs = new AtomicInteger();
        private final List<Attempt> laterAttempts = new CopyOnWriteArrayList<>();

        @RetryWithBackoff(maxAttempts = 2, jitter = 0)
        public CompletionStage<String> notifyUser() {
            if (runs.incrementAndGet() % 2 == 1) {
                return CompletableFuture.failedFuture(new IOException("mail server down"));
            }
            laterAttempts.add(new Attempt(Thread.currentThread().getName(), IDENTITY.get()));
            return CompletableFuture.completedFuture("notified");
        }

        List<Attempt> laterAttempts() {
            return List.copyOf(laterAttempts);
        }
    }
}
