package dev.breaker.scheduling;

import java.util.concurrent.Executor;

/**
 * Carries the caller's thread context (class loader, {@code java:} names, security identity, CDI
 * request context: whatever its mechanism knows) to the thread of a later attempt.
 */
public interface ContextCarrier {
    /** Carries nothing: later attempts run with whatever context their thread has. */
    ContextCarrier NONE = new ContextCarrier() {
        @Override
        public Executor capture() {
            return null;
        }

        @Override
        public String description() {
            return "nothing";
        }
    };

    /**
     * Captures the context of the calling thread. Called on the caller's thread, at the call.
     *
     * @return an executor that runs each task at once, on the thread that calls it, inside the captured
     *     context, and restores that thread's own context afterwards; {@code null} when there is nothing
     *     to carry
     */
    Executor capture();

    /** @return what it carries and how, in words, for the start-up log */
    String description();

    /**
     * @param inner a carrier to apply inside this one
     * @return a carrier that captures both, and applies this one's context around the inner one's
     */
    default ContextCarrier then(ContextCarrier inner) {
        ContextCarrier outer = this;
        return new ContextCarrier() {
            @Override
            public Executor capture() {
                Executor around = outer.capture();
                Executor within = inner.capture();
                if (around == null || within == null) {
                    return around == null ? within : around;
                }
                return task -> around.execute(() -> within.execute(task));
            }

            @Override
            public String description() {
                return outer.description() + " and " + inner.description();
            }
        };
    }
}
