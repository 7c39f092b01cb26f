package dev.breaker.cdi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * An observer that throws never fails or changes the call that moved the breaker. (As with any
 * synchronous CDI event, it does stop the observers after it from hearing of that transition.)
 */
@EnableWeld
class ThrowingObserverTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(PaymentsClient.class, ThrowingObserver.class, FakeClock.class)
            .initiator();

    @Inject
    PaymentsClient payments;
    @Inject
    ThrowingObserver throwing;
    @Inject
    FakeClock clock;
    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void theCallGetsItsOwnOutcome() {
        payments.down(true);
        assertThatThrownBy(payments::pay).hasMessage("payments down");
        assertThatThrownBy(payments::pay).as("the call's own failure, not the observer's")
                .isInstanceOf(IllegalStateException.class).hasMessage("payments down");
        assertThat(throwing.notified()).isEqualTo(1);
        assertThat(registry.get("payments").state()).isEqualTo(CircuitState.OPEN);

        clock.advance(Duration.ofSeconds(10));
        payments.down(false);
        assertThat(payments.pay()).as("the trial's result, though the observer threw twice more").isEqualTo("paid");
        assertThat(throwing.notified()).isEqualTo(3);
        assertThat(registry.get("payments").state()).isEqualTo(CircuitState.CLOSED);
    }
}
