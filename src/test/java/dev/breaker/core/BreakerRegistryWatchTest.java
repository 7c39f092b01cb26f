package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.CircuitBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A watcher of the registry (the metrics export) hears of every breaker, whenever it was created. */
class BreakerRegistryWatchTest {
    private final BreakerRegistry registry = new BreakerRegistry(name -> CircuitBreaker.builder(name).build(), 10);

    @Test
    void hearsOfTheBreakersThereAreThenOfEachNewOneOnce() {
        CircuitBreaker existing = registry.get("existing");
        List<CircuitBreaker> told = new ArrayList<>();
        registry.watch(told::add);
        assertThat(told).containsExactly(existing);
        CircuitBreaker later = registry.get("later");
        registry.get("later");
        registry.find("never");
        assertThat(told).containsExactly(existing, later);
    }

    @Test
    void aWatcherThatThrowsNeverFailsTheCreation() {
        List<String> told = new ArrayList<>();
        registry.watch(breaker -> {
            throw new IllegalStateException("broken export");
        });
        registry.watch(breaker -> told.add(breaker.name()));
        assertThat(registry.get("a").name()).isEqualTo("a");
        assertThat(told).containsExactly("a");
    }

    @Test
    void anUnwatchedWatcherHearsNothingMore() {
        List<CircuitBreaker> told = new ArrayList<>();
        Consumer<CircuitBreaker> watcher = told::add;
        registry.watch(watcher);
        registry.unwatch(watcher);
        registry.get("a");
        assertThat(told).isEmpty();
    }
}
