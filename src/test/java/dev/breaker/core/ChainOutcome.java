package dev.breaker.core;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How a call of {@link RandomActionChainTest} ends, and whether that counts as a failure for a breaker
 * with {@code failOn(RuntimeException.class)} and {@code skipOn(Skipped.class)}.
 */
enum ChainOutcome {
    SUCCESS(false), FAIL(true), SKIP(false), OUTSIDE_FAIL_ON(false), WRAPPED_FAIL(true), WRAPPED_SKIP(false);

    /** Counted as a failure (failOn = RuntimeException). */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Never counted as a failure (skipOn). */
    static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    final boolean failure;

    ChainOutcome(boolean failure) {
        this.failure = failure;
    }

    /** @return what the call throws, or {@code null} when it returns normally */
    Throwable throwable() {
        switch (this) {
            case FAIL: return new Boom();
            case SKIP: return new Skipped();
            case OUTSIDE_FAIL_ON: return new IOException("not in failOn");
            case WRAPPED_FAIL: return new CompletionException(new ExecutionException(new Boom()));
            case WRAPPED_SKIP: return new ExecutionException(new Skipped());
            default: return null;
        }
    }
}
