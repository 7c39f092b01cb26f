package dev.breaker.core;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One asynchronous call through a breaker: the stage handed to the caller. Its outcome is that of
 * this stage, whoever completes it first: the operation's own stage, or the caller completing it
 * itself (a timeout such as {@link #orTimeout}, a {@link #cancel}, a {@link #complete}); the caller's
 * completion also cancels the operation's stage, since no one waits for it any more. The outcome is
 * recorded exactly once, before this stage completes (so whoever waits on it sees the breaker already
 * updated).
 *
 * <p>An operation whose stage cannot even be observed (it throws instead of returning one, returns
 * {@code null}, or its {@code whenComplete} throws) is a failed call, reported as a failed stage.
 *
 * @param <T> the result type
 */
public final class AsyncCall<T> extends CompletableFuture<T> {
    private final StateMachine machine;
    private final Permit permit;
    private final long startedAt;
    private final AtomicBoolean recorded = new AtomicBoolean();
    private volatile CompletionStage<T> source;

    private AsyncCall(StateMachine machine, Permit permit) {
        this.machine = machine;
        this.permit = permit;
        this.startedAt = machine.startTime();
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
    public static <T> CompletableFuture<T> start(StateMachine machine, Permit permit,
            Supplier<? extends CompletionStage<T>> operation) {
        AsyncCall<T> call = new AsyncCall<>(machine, permit);
        try {
            CompletionStage<T> stage = operation.get();
            if (stage == null) {
                throw new NullPointerException("the operation returned null instead of a CompletionStage");
            }
            call.source = stage;
            stage.whenComplete(call::onSourceOutcome);
        } catch (Throwable thrown) {
            call.onSourceOutcome(null, thrown);
        }
        return call;
    }

    private void onSourceOutcome(T value, Throwable failure) {
        if (!claim()) {
            return; // the caller completed the call first
        }
        // Recorded first, so whoever waits sees the breaker updated; completed even if recording fails.
        if (failure == null) {
            try {
                machine.onSuccess(permit, startedAt);
            } finally {
                super.complete(value);
            }
        } else {
            Throwable cause = Throwables.unwrap(failure);
            try {
                machine.onThrowable(permit, cause);
            } finally {
                super.completeExceptionally(cause);
            }
        }
    }

    /** The caller completes the call itself: it counts as a success, and the operation is cancelled. */
    @Override
    public boolean complete(T value) {
        if (!claim()) {
            return false;
        }
        try {
            machine.onSuccess(permit, startedAt);
        } finally {
            super.complete(value);
            cancelSource(false);
        }
        return true;
    }

    /**
     * The caller fails the call itself, as {@link #orTimeout} does: it counts as that failure (judged
     * by {@code failOn}/{@code skipOn}), and the operation is cancelled.
     */
    @Override
    public boolean completeExceptionally(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        if (!claim()) {
            return false;
        }
        try {
            machine.onThrowable(permit, failure);
        } finally {
            super.completeExceptionally(failure);
            cancelSource(true);
        }
        return true;
    }

    /** Cancels the call: counts it as a {@link CancellationException} and cancels the operation's stage. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!claim()) {
            return isCancelled();
        }
        try {
            machine.onThrowable(permit, new CancellationException("cancelled by the caller"));
        } finally {
            super.cancel(mayInterruptIfRunning);
            cancelSource(mayInterruptIfRunning);
        }
        return true;
    }

    /**
     * Whoever completes this stage claims it first, and only the one claim succeeds: the outcome it
     * records is the one the caller sees, and it is recorded before anyone waiting on the stage runs.
     */
    private boolean claim() {
        return recorded.compareAndSet(false, true);
    }

    private void cancelSource(boolean mayInterruptIfRunning) {
        if (source instanceof Future<?> future) {
            try {
                future.cancel(mayInterruptIfRunning);
            } catch (RuntimeException broken) {
                // The operation's own stage misbehaves; the caller's outcome stands.
            }
        }
    }
}
