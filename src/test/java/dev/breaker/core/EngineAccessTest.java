package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

/** The library's interceptors reach a breaker's state machine; nobody can swap the accessor. */
class EngineAccessTest {
    @Test
    void givesTheBreakersOwnMachineAndCannotBeReinstalled() {
        CircuitBreaker breaker = CircuitBreaker.builder("access").build();
        StateMachine machine = EngineAccess.machineOf(breaker);
        assertThat(machine.name()).isEqualTo("access");
        assertThat(machine.settings()).isSameAs(breaker.settings());
        assertThatThrownBy(() -> EngineAccess.install(b -> null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already installed");
        assertThat(EngineAccess.machineOf(breaker)).isSameAs(machine);
    }
}
