package dev.breaker.cdi;

import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Proceeds with an intercepted method that returns a {@link CompletionStage}. A checked exception
 * thrown instead of returning a stage becomes a failed stage, as the caller of an asynchronous method
 * expects.
 */
final class ProceedingStage implements Supplier<CompletionStage<Object>> {
    private final InvocationContext invocation;

    ProceedingStage(InvocationContext invocation) {
        this.invocation = invocation;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<Object> get() {
        try {
            return (CompletionStage<Object>) invocation.proceed();
        } catch (RuntimeException unchecked) {
            throw unchecked;
        } catch (Exception checked) {
            return CompletableFuture.failedFuture(checked);
        }
    }
}
