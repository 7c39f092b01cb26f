package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry outside a container: one breaker per name, made from the registry's defaults, bounded. */
class RegistryTest {
    private final FakeClock clock = FakeClock.atZero();

    @Test
    void returnsTheSameBreakerForTheSameName() {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        CircuitBreaker first = registry.get("exchange-api");
        assertThat(registry.get("exchange-api")).isSameAs(first);
        assertThat(registry.get("other")).isNotSameAs(first);
        assertThat(registry.all()).containsExactlyInAnyOrder(first, registry.get("other"));
        assertThat(first.settings()).isEqualTo(BreakerSettings.defaults());
    }

    @Test
    void findNeverCreates() {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        assertThat(registry.find("nope")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.all()).isEmpty();
        CircuitBreaker made = registry.get("yes");
        assertThat(registry.find("yes")).containsSame(made);
    }

    @Test
    void createsBreakersFromTheRegistrysDefaultsClockAndListener() {
        List<BreakerStateChanged> changes = new ArrayList<>();
        BreakerSettings defaults = new BreakerSettings(1, Duration.ofSeconds(5), 1, List.of(), List.of(), true);
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().defaults(defaults).clock(clock)
                .listener(changes::add).build();
        CircuitBreaker breaker = registry.get("dyn");

        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(5));

        assertThat(breaker.settings()).isEqualTo(defaults);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(changes).extracting(BreakerStateChanged::name).containsExactly("dyn", "dyn");
    }

    @Test
    void refusesMoreBreakersThanItsLimit() {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().maxBreakers(2).build();
        registry.get("a");
        registry.get("b");
        assertThatThrownBy(() -> registry.get("c"))
                .isInstanceOf(IllegalStateException.class).hasMessageContainingAll("'c'", "2 breakers");
        assertThat(registry.get("a")).isNotNull();
        assertThat(registry.all()).hasSize(2);
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> CircuitBreakerRegistry.builder().maxBreakers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBreakers = 0");
        assertThat(CircuitBreakerRegistry.builder().maxBreakers(1).build().get("only")).isNotNull();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        assertThatThrownBy(() -> registry.get(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.get(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allIsASnapshot() {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.builder().build();
        registry.get("a");
        var snapshot = registry.all();
        registry.get("b");
        assertThat(snapshot).hasSize(1);
        assertThatThrownBy(() -> snapshot.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
