package dev.breaker.scheduling;

import java.util.Objects;

/**
 * Where asynchronous retries wait and run their later attempts, and which of the caller's context goes
 * with them: chosen once at start-up by {@link RetrySchedulingResolver}. Immutable.
 */
public final class RetryScheduling {
    /** The library's own threads, carrying nothing: before start-up, and where the runtime offers nothing. */
    public static final RetryScheduling OWN_THREADS = new RetryScheduling(null, ContextCarrier.NONE);

    private final RetryExecutor executor;
    private final ContextCarrier context;

    /**
     * @param executor the container's scheduler; {@code null}: the library's own threads
     * @param context what carries the caller's context to later attempts
     */
    public RetryScheduling(RetryExecutor executor, ContextCarrier context) {
        this.executor = executor;
        this.context = Objects.requireNonNull(context, "context");
    }

    /** @return the container's scheduler; {@code null} when retries wait on the library's own threads */
    public RetryExecutor executor() {
        return executor;
    }

    /** @return what carries the caller's context to later attempts */
    public ContextCarrier context() {
        return context;
    }

    /** @return the choice in words, for the start-up log */
    public String description() {
        return "asynchronous retries wait on " + (executor == null ? "the library's own threads" : executor.description())
                + "; each later attempt runs with the caller's context as carried by " + context.description();
    }

    @Override
    public String toString() {
        return description();
    }
}
