package dev.breaker.cdi;

import dev.breaker.config.OptionalApi;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How the library's interceptors read an intercepted method's return type, the same for the breaker, the
 * retry and the fallback; its annotations and names are read through {@link InterceptedMethod}.
 */
final class InterceptedMethodReader {
    /** Mutiny's {@code Uni}, by name: the library must run without Mutiny. */
    private static final String UNI = OptionalApi.MUTINY.typeName();

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

    /**
     * A method whose outcome is each subscription of the {@code Uni} it returns: declared to return
     * Mutiny's {@code Uni} itself (read by name, so that nothing of Mutiny is loaded here).
     *
     * @param method an intercepted method
     * @return whether it returns a {@code Uni}
     * @throws IllegalStateException when it does, but the library cannot load Mutiny to follow it
     */
    static boolean returnsUni(Method method) {
        if (!method.getReturnType().getName().equals(UNI)) {
            return false;
        }
        if (!OptionalApi.MUTINY.isPresent(InterceptedMethodReader.class.getClassLoader())) {
            throw new IllegalStateException(method + " returns " + UNI + ", but the class loader of the Breaker"
                    + " library cannot load Mutiny: put the library where Mutiny is visible to it (beside Mutiny in"
                    + " the application)");
        }
        return true;
    }
}
