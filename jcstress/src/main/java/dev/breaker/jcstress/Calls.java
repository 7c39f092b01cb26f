package dev.breaker.jcstress;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreaker;
import java.util.concurrent.CompletionStage;

/** The calls the tests make through a breaker, each reduced to an int a jcstress result can hold. */
final class Calls {
    private Calls() {
    }

    /** @return 1 when the call ran and succeeded, 0 when the breaker rejected it */
    static int succeed(CircuitBreaker breaker) {
        try {
            return breaker.call(() -> 1);
        } catch (BreakerOpenException rejected) {
            return 0;
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    /** @return 1 when the call ran (and failed, as it always does), 0 when the breaker rejected it */
    static int fail(CircuitBreaker breaker) {
        try {
            breaker.call(() -> {
                throw new IllegalStateException("induced failure");
            });
            throw new AssertionError("the failing call returned");
        } catch (BreakerOpenException rejected) {
            return 0;
        } catch (IllegalStateException induced) {
            return 1;
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    /**
     * @param stage what {@link CircuitBreaker#callAsync} returned for an operation that has not finished
     * @return 1 when the call was admitted (its stage is still running), 0 when it was rejected
     */
    static int admitted(CompletionStage<?> stage) {
        return stage.toCompletableFuture().isDone() ? 0 : 1;
    }
}
