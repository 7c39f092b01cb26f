package dev.breaker.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How the library's interceptors read an intercepted method: the same rules for the breaker, the retry
 * and the fallback, and the rules the deployment scan follows ({@code ClassScanner}).
 */
final class InterceptedMethodReader {
    private InterceptedMethodReader() {
    }

    /**
     * The annotation that applies to a method: its own, which wins over its type's as a whole, else
     * its type's, inherited through the container's subclass of the bean class.
     *
     * @param method an intercepted method
     * @param targetClass the class of the intercepted instance
     * @param type {@code @Breaker} or {@code @RetryWithBackoff}
     * @param <A> the annotation type
     * @return the annotation; {@code null} when reflection sees none (bound through a stereotype, or by
     *     another extension)
     */
    static <A extends Annotation> A annotationOf(Method method, Class<?> targetClass, Class<A> type) {
        A own = method.getAnnotation(type);
        return own != null ? own : targetClass.getAnnotation(type);
    }

    /**
     * @param method an intercepted method
     * @return {@code <fully.qualified.Class>.<method>}: the name of its breaker when {@code @Breaker}
     *     leaves the name out, and the name of its retry and fallback settings
     */
    static String defaultName(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
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
