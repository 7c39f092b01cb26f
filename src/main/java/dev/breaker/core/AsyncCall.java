package dev.breaker.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One asynchronous call through a breaker: the stage handed to the caller. The outcome is recorded
 * exactly once, before the caller's stage completes (so whoever waits on it sees the breaker already
 * updated): when the operation's stage completes, or when the caller cancels first.
 *
 * @param <T> the result type
 */
public final class AsyncCall<T> extends CompletableFuture<T> {
    private final StateMachine machine;
    private final Permit permit;
    private final AtomicBoolean recorded = new AtomicBoolean();
    private volatile CompletionStage<T> source;

    private AsyncCall(StateMachine machine, Permit permit) {
        this.machine = machine;
        this.permit = permit;
    }

    /**
     * Starts the operation under an acquired permit.
     *
     * @param machine the breaker's state machine
     * @param permit the permit {@link StateMachine#acquire()} gave
     * @param operation supplies the stage to watch
     * @param <T> the result type
     * @return the caller's stage
     */
    public static <T> CompletableFuture<T> start(
            StateMachine machine, Permit permit, Supplier<? extends CompletionStage<T>> operation) {
        AsyncCall<T> call = new AsyncCall<>(machine, permit);
        CompletionStage<T> stage;
        try {
            stage = operation.get();
            if (stage == null) {
                throw new NullPointerException("the operation returned null instead of a CompletionStage");
            }
        } catch (Throwable thrown) {
            call.onOutcome(null, thrown);
            return call;
        }
        call.source = stage;
        stage.whenComplete(call::onOutcome);
        return call;
    }

    private void onOutcome(T value, Throwable failure) {
        if (failure == null) {
            if (recorded.compareAndSet(false, true)) {
                machine.onSuccess(permit);
            }
            complete(value);
        } else {
            Throwable cause = Throwables.unwrap(failure);
            if (recorded.compareAndSet(false, true)) {
                machine.onThrowable(permit, cause);
            }
            completeExceptionally(cause);
        }
    }

    /** Cancels the call: counts it as a {@link CancellationException} and cancels the operation's stage. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            if (recorded.compareAndSet(false, true)) {
                machine.onThrowable(permit, new CancellationException("cancelled by the caller"));
            }
            if (source instanceof Future<?> future) {
                future.cancel(mayInterruptIfRunning);
            }
        }
        return cancelled;
    }
}
