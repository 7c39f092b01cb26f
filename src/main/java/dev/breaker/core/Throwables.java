package dev.breaker.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Looks through the wrappers that asynchronous code puts around a failure. */
public final class Throwables {
    private Throwables() {
    }

    /**
     * Never throws, even when a wrapper's {@code getCause()} does.
     *
     * @param thrown what a call threw or failed with
     * @return the first cause that is not a {@link CompletionException} or {@link ExecutionException}
     *     with a cause; {@code thrown} itself when it is not such a wrapper
     */
    public static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        // Bounded: a cause chain can be cyclic.
        for (int depth = 0; depth < 32; depth++) {
            if (!(current instanceof CompletionException || current instanceof ExecutionException)) {
                return current;
            }
            Throwable cause;
            try {
                cause = current.getCause();
            } catch (RuntimeException brokenGetCause) {
                // A subclass may override getCause(); if it throws, classify the wrapper itself
                // rather than lose the caller's throwable and the call's permit.
                return current;
            }
            if (cause == null || cause == current) {
                return current;
            }
            current = cause;
        }
        return current;
    }
}
