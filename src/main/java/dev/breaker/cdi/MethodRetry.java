package dev.breaker.cdi;

import dev.breaker.RetrySettings;
import dev.breaker.core.BackoffSchedule;
import dev.breaker.core.RetryLoop;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * How one intercepted method is retried, resolved once from its annotation and configuration
 * ({@link InterceptedMethods}). Immutable, so shared by every call.
 */
final class MethodRetry {
    final boolean enabled;
    final boolean async;
    /** Whether the method returns a Mutiny {@code Uni}: retried by resubscribing. */
    final boolean uni;
    final RetrySettings settings;
    final BackoffSchedule schedule;
    /** {@code true} between attempts when they should stop: the method's own breaker is OPEN. */
    final BooleanSupplier stopWhen;
    /** The synchronous loop; {@code null} for a method that returns a stage or a {@code Uni}. */
    final RetryLoop loop;
    /** Counts one retry (an attempt beyond the first): the method's lifetime count, shared by its overloads. */
    final Runnable countRetry;

    MethodRetry(boolean enabled, boolean async, boolean uni, RetrySettings settings, RetryScheduler waits,
            BooleanSupplier stopWhen, LongAdder retries) {
        this.enabled = enabled;
        this.async = async;
        this.uni = uni;
        this.settings = settings;
        this.schedule = new BackoffSchedule(settings, () -> ThreadLocalRandom.current().nextDouble());
        this.stopWhen = stopWhen;
        this.countRetry = retries::increment;
        this.loop = async || uni ? null : new RetryLoop(settings, schedule, waits, stopWhen, countRetry);
    }
}
