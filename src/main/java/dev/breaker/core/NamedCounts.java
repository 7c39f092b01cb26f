package dev.breaker.core;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

/**
 * Lifetime counts kept by name, such as how often each {@code @RetryWithBackoff} method retried
 * ({@code <fully.qualified.Class>.<method>}). A count is created by the first use of its name and never
 * removed, so whoever reads it (a metrics export) can hold on to the counter itself. Whoever watches hears
 * of every count, those that exist when it starts watching and each one created later, once it exists.
 *
 * <p>The counters are {@link LongAdder}s, striped across threads; they are counted only on the paths
 * that they count (a retry, a fallback's answer), never on a call that needs neither.
 */
public final class NamedCounts {
    private static final Logger LOG = System.getLogger("dev.breaker");

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, LongAdder>> watchers = new CopyOnWriteArrayList<>();

    /**
     * @param name what is counted
     * @return its counter, created now if the name is new
     */
    public LongAdder of(String name) {
        LongAdder existing = counts.get(name);
        if (existing != null) {
            return existing;
        }
        LongAdder created = new LongAdder();
        LongAdder raced = counts.putIfAbsent(name, created);
        if (raced != null) {
            return raced;
        }
        for (BiConsumer<String, LongAdder> watcher : watchers) {
            tell(watcher, name, created);
        }
        return created;
    }

    /**
     * Tells the watcher of every count there is, then of every count created later. A count created while
     * this runs may be told twice: a watcher must take a name it already knows as nothing new.
     *
     * @param watcher hears each name and its counter
     */
    public void watch(BiConsumer<String, LongAdder> watcher) {
        watchers.add(watcher);
        counts.forEach((name, count) -> tell(watcher, name, count));
    }

    /** @param watcher no longer told of new counts */
    public void unwatch(BiConsumer<String, LongAdder> watcher) {
        watchers.remove(watcher);
    }

    /** A watcher that throws is logged and never fails the code that created the count. */
    private static void tell(BiConsumer<String, LongAdder> watcher, String name, LongAdder count) {
        try {
            watcher.accept(name, count);
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.WARNING, "The count ''" + name + "'' could not be handed to " + watcher, failed);
        }
    }
}
