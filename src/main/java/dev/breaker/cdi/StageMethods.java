package dev.breaker.cdi;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Which intercepted methods are asynchronous: the same rule for the breaker, retry and fallback. */
final class StageMethods {
    private StageMethods() {
    }

    /**
     * A method is asynchronous when it is declared to return a {@link CompletionStage} that a
     * {@link CompletableFuture} can stand for: {@code CompletionStage} or {@code CompletableFuture}.
     * Any other return type is treated as a plain value.
     *
     * @param method an intercepted method
     * @return whether its outcome is the outcome of the stage it returns
     */
    static boolean returnsStage(Method method) {
        Class<?> type = method.getReturnType();
        return CompletionStage.class.isAssignableFrom(type) && type.isAssignableFrom(CompletableFuture.class);
    }
}
