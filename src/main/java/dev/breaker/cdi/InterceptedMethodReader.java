package dev.breaker.cdi;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How the library's interceptors read an intercepted method's return type, the same for the breaker, the
 * retry and the fallback; its annotations and names are read through {@link InterceptedMethod}.
 */
final class InterceptedMethodReader {
    private InterceptedMethodReader() {
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
