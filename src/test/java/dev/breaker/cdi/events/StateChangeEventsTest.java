package dev.breaker.cdi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerStateChanged;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.testing.FakeClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class StateChangeEventsTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(PaymentsClient.class, TransitionLog.class, FakeClock.class).initiator();

    @Inject
    PaymentsClient payments;
    @Inject
    TransitionLog log;
    @Inject
    FakeClock clock;
    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void everyTransitionIsFiredAfterItHappened() {
        payments.down(true);
        assertThatThrownBy(payments::pay).hasMessage("payments down");
        Instant openedAt = Instant.ofEpochMilli(clock.epochMillis());
        assertThatThrownBy(payments::pay).hasMessage("payments down");
        clock.advance(Duration.ofSeconds(10));
        assertThat(registry.get("payments").state()).isEqualTo(CircuitState.HALF_OPEN);
        payments.down(false);
        assertThat(payments.pay()).isEqualTo("paid");

        assertThat(log.seen()).extracting(seen -> seen.change().from(), seen -> seen.change().to())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CircuitState.CLOSED, CircuitState.OPEN),
                        org.assertj.core.groups.Tuple.tuple(CircuitState.OPEN, CircuitState.HALF_OPEN),
                        org.assertj.core.groups.Tuple.tuple(CircuitState.HALF_OPEN, CircuitState.CLOSED));
        assertThat(log.seen()).allSatisfy(seen -> {
            assertThat(seen.change().name()).isEqualTo("payments");
            assertThat(seen.stateDuringObserver()).as("state seen by the observer").isEqualTo(seen.change().to());
        });
        BreakerStateChanged opened = log.seen().get(0).change();
        assertThat(opened.at()).isEqualTo(openedAt);
        assertThat(log.seen().get(1).change().at()).isEqualTo(openedAt.plusSeconds(10));
    }
}
