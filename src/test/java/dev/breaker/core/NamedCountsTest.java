package dev.breaker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class NamedCountsTest {
    private final NamedCounts counts = new NamedCounts();

    @Test
    void oneCounterPerNameForLife() {
        LongAdder first = counts.of("com.acme.Client.quote");
        first.increment();
        assertThat(counts.of("com.acme.Client.quote")).isSameAs(first).hasToString("1");
        assertThat(counts.of("com.acme.Client.other")).isNotSameAs(first);
    }

    @Test
    void aWatcherHearsOfTheCountsThereAreThenOfEachNewOne() {
        LongAdder existing = counts.of("a");
        List<String> told = new ArrayList<>();
        List<LongAdder> counters = new ArrayList<>();
        counts.watch((name, count) -> {
            told.add(name);
            counters.add(count);
        });
        assertThat(told).containsExactly("a");
        LongAdder later = counts.of("b");
        counts.of("b");
        assertThat(told).containsExactly("a", "b");
        assertThat(counters).containsExactly(existing, later);
    }

    @Test
    void aWatcherThatThrowsNeverFailsTheCount() {
        List<String> told = new ArrayList<>();
        counts.watch((name, count) -> {
            throw new IllegalStateException("broken export");
        });
        counts.watch((name, count) -> told.add(name));
        assertThat(counts.of("a")).isNotNull();
        assertThat(told).containsExactly("a");
    }

    @Test
    void anUnwatchedWatcherHearsNothingMore() {
        List<String> told = new ArrayList<>();
        java.util.function.BiConsumer<String, LongAdder> watcher = (name, count) -> told.add(name);
        counts.watch(watcher);
        counts.unwatch(watcher);
        counts.of("a");
        assertThat(told).isEmpty();
    }
}
