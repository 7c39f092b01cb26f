package dev.breaker.cdi;

import dev.breaker.core.Throwables;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The attempts of one asynchronous retry: each proceeds with the intercepted call, and the failure of
 * the latest is remembered, so that a run cut short when the application stops can still end with it.
 */
final class AttemptStages implements Supplier<CompletionStage<Object>> {
    private final ProceedingStage proceeding;
    private volatile Throwable lastFailure;

    AttemptStages(InvocationContext invocation) {
        this.proceeding = new ProceedingStage(invocation);
    }

    @Override
    public CompletionStage<Object> get() {
        CompletionStage<Object> stage;
        try {
            stage = proceeding.get();
        } catch (RuntimeException | Error thrown) {
            lastFailure = thrown;
            throw thrown;
        }
        if (stage != null) {
            stage.whenComplete((value, failure) -> {
                if (failure != null) {
                    lastFailure = Throwables.unwrap(failure);
                }
            });
        }
        return stage;
    }

    /** @return the latest attempt's failure, wrappers removed; {@code null} before one failed */
    Throwable lastFailure() {
        return lastFailure;
    }
}
