package dev.breaker.cdi;

import dev.breaker.core.ThrowableRule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fallback of one intercepted method, resolved once: the fallback {@link Method} (made accessible,
 * so it may be private), whether it receives the failure, and which failures it answers
 * ({@link InterceptedMethods}). Immutable, so shared by every call.
 */
final class MethodFallback {
    /** For a method whose fallback is off, or whose {@code @WithFallback} reflection cannot see. */
    static final MethodFallback OFF = new MethodFallback(false, false, null, false, List.of(), List.of(), new LongAdder());

    final boolean enabled;
    final boolean async;
    private final Method fallback;
    private final boolean receivesFailure;
    private final List<Class<?>> applyOn;
    private final List<Class<?>> skipOn;
    /** The method's lifetime count of answers, shared by its overloads. */
    private final LongAdder answers;

    MethodFallback(boolean enabled, boolean async, Method fallback, boolean receivesFailure, List<Class<?>> applyOn,
            List<Class<?>> skipOn, LongAdder answers) {
        this.enabled = enabled;
        this.async = async;
        this.fallback = fallback;
        this.receivesFailure = receivesFailure;
        this.applyOn = List.copyOf(applyOn);
        this.skipOn = List.copyOf(skipOn);
        this.answers = answers;
    }

    /**
     * @param failure what the protected call threw or failed with, wrappers removed
     * @return whether the fallback answers it: not a {@code skipOn} type (which wins), and an
     *     {@code applyOn} type or any throwable when {@code applyOn} is empty
     */
    boolean answers(Throwable failure) {
        return ThrowableRule.selects(failure, applyOn, skipOn, Throwable.class);
    }

    /**
     * Runs the fallback method on the bean instance, and counts the answer (whether the fallback then
     * returns or throws).
     *
     * @param target the intercepted bean instance
     * @param parameters the protected call's arguments
     * @param failure what the protected call threw, wrappers removed
     * @return what the fallback returned
     * @throws Exception what the fallback threw, unwrapped
     */
    Object answer(Object target, Object[] parameters, Throwable failure) throws Exception {
        answers.increment();
        Object[] arguments = parameters;
        if (receivesFailure) {
            arguments = Arrays.copyOf(parameters, parameters.length + 1);
            arguments[parameters.length] = failure;
        }
        try {
            return fallback.invoke(Modifier.isStatic(fallback.getModifiers()) ? null : target, arguments);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(cause);
        } catch (IllegalAccessException notAccessible) {
            throw new IllegalStateException("The fallback method " + fallback + " cannot be called", notAccessible);
        }
    }
}
