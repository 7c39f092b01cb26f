package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 as reported: 16 callers with 10 attempts each against a backend that always fails kept
 * calling it after the breaker had opened (15 of 160 calls). Here, once every caller is inside its run
 * of retries (its first attempt made; 50 ms between attempts, with the library's own scheduler), another
 * caller opens the breaker. From then on each caller may still make at most one backend call: the attempt of a caller
 * that had already passed its check between attempts when the breaker opened (that check and the next
 * attempt are two steps, not one). So at most {@code CALLERS} calls in all begin while the breaker is
 * OPEN, never more than one per caller; before the fix, every caller went on to its tenth attempt.
 */
@EnableWeld
class RetriesHammerOpenBackendUnderLoadTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(HammeredBackend.class).initiator();

    @Inject
    HammeredBackend backend;
    @Inject
    CircuitBreakerRegistry breakers;

    private final ExecutorService callers = Executors.newFixedThreadPool(HammeredBackend.CALLERS);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void retriesStopCallingTheBackendOnceItsBreakerOpened() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        for (int i = 0; i < HammeredBackend.CALLERS; i++) {
            outcomes.add(callers.submit(() -> {
                go.await();
                try {
                    backend.fetch();
                    return null;
                } catch (Exception failure) {
                    return failure;
                }
            }));
        }
        go.countDown();
        assertThat(backend.everyCallerIn().await(30, TimeUnit.SECONDS)).as("every caller inside its retries").isTrue();

        // Opens the breaker; on a very slow machine a caller's whole run may have ended and opened it first.
        assertThatThrownBy(backend::other).isInstanceOfAny(IOException.class, BreakerOpenException.class);
        assertThat(breakers.get(HammeredBackend.BREAKER).state()).isEqualTo(CircuitState.OPEN);

        for (Future<Throwable> outcome : outcomes) {
            assertThat(outcome.get(30, TimeUnit.SECONDS)).as("what a caller got: its last failure")
                    .isInstanceOf(IOException.class).hasMessageStartingWith("backend call ");
        }
        int total = backend.calls().values().stream().mapToInt(AtomicInteger::get).sum();
        int whileOpen = backend.callsWhileOpen().values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("%s: %d callers x %d attempts: %d backend calls, %d of them after the breaker opened%n",
                getClass().getSimpleName(), HammeredBackend.CALLERS, HammeredBackend.ATTEMPTS, total, whileOpen);
        assertThat(backend.calls()).hasSize(HammeredBackend.CALLERS);
        backend.callsWhileOpen().forEach((caller, calls) -> assertThat(calls.get())
                .as("backend calls of %s after the breaker opened", caller.getName()).isLessThanOrEqualTo(1));
        assertThat(whileOpen).isLessThanOrEqualTo(HammeredBackend.CALLERS);
        backend.calls().forEach((caller, calls) -> assertThat(calls.get())
                .as("attempts of %s: at most one after the breaker opened", caller.getName())
                .isLessThan(HammeredBackend.ATTEMPTS));
    }
}
