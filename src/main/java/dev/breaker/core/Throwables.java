package dev.breaker.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Looks through the wrappers that asynchronous code puts around a failure. */
public final class Throwables {
    private Throwables() {
    }

    /**
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
            Throwable cause = current.getCause();
            if (cause == null || cause == current) {
                return current;
            }
            current = cause;
        }
        return current;
    }
}
