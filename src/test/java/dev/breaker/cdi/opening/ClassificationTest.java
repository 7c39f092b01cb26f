package dev.breaker.cdi.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.BreakerMetrics;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** failOn and skipOn, given on the annotation, decide what counts as a failure. */
@EnableWeld
class ClassificationTest {

    @ApplicationScoped
    static class Files {
        @Breaker(name = "files", failureThreshold = 1, failOn = IOException.class, skipOn = FileNotFoundException.class)
        void read(Exception outcome) throws Exception {
            throw outcome;
        }
    }

    @WeldSetup
    WeldInitiator weld = TestDeployment.of(Files.class).initiator();

    @Inject
    Files files;
    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void onlyTypesItFailsOnAndDoesNotSkipOpenTheBreaker() {
        assertThatThrownBy(() -> files.read(new IllegalStateException("not an IOException")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> files.read(new FileNotFoundException("skipped")))
                .isInstanceOf(FileNotFoundException.class);
        assertThat(registry.get("files").state()).isEqualTo(CircuitState.CLOSED);
        BreakerMetrics metrics = registry.get("files").getMetrics();
        assertThat(metrics.successCount()).isEqualTo(2);

        assertThatThrownBy(() -> files.read(new IOException("disk"))).isInstanceOf(IOException.class);
        assertThat(registry.get("files").state()).isEqualTo(CircuitState.OPEN);
    }
}
