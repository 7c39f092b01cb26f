package dev.breaker.cdi;

import dev.breaker.core.StateMachine;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The breaker of one intercepted method, resolved once and then kept by the interceptor instance,
 * so that a call finds it with an identity comparison rather than a lookup.
 */
final class MethodBreaker {
    final Method method;
    final StateMachine machine;
    /** Whether the method returns a stage the breaker must watch, rather than a plain value. */
    final boolean async;

    MethodBreaker(Method method, StateMachine machine) {
        this.method = method;
        this.machine = machine;
        this.async = returnsStage(method);
    }

    /**
     * A method is watched asynchronously when it is declared to return a {@link CompletionStage} that a
     * failed {@link CompletableFuture} can stand for: {@code CompletionStage} or {@code CompletableFuture}.
     */
    private static boolean returnsStage(Method method) {
        Class<?> type = method.getReturnType();
        return CompletionStage.class.isAssignableFrom(type) && type.isAssignableFrom(CompletableFuture.class);
    }
}
