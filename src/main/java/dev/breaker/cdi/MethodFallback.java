package dev.breaker.cdi;

import dev.breaker.core.ThrowableRule;
import dev.breaker.core.Throwables;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;

/**
 * The fallback of one intercepted method, resolved once: how to run the fallback method, whether it
 * receives the failure, and which failures it answers ({@link InterceptedMethods}). Immutable, so
 * shared by every call.
 *
 * <p>On a bean, the fallback {@link Method} (made accessible, so it may be private) runs on the
 * intercepted instance. On a REST client interface, the fallback is a method with a body of the
 * interface (a default method), and its own body runs, through a {@link MethodHandle} made with
 * {@code invokespecial} semantics: on the intercepted instance when it is a client of that interface,
 * else on a client of it looked up once ({@link RestClientReceivers}: Jersey hands an internal object
 * as the target); calling the default method through the client would run the interceptors bound to
 * it again (a type-level {@code @Breaker}, OPEN, would reject the fallback itself).
 */
final class MethodFallback {
    /** For a method whose fallback is off, or whose {@code @WithFallback} reflection cannot see. */
    static final MethodFallback OFF = new MethodFallback(false, false, null, false, List.of(), List.of(),
            new LongAdder());

    final boolean enabled;
    final boolean async;
    /** Whether the method returns a Mutiny {@code Uni}, whose failed subscriptions the fallback answers. */
    final boolean uni;
    /** For a {@code Uni} method: whether the fallback returns a {@code Uni} to subscribe, rather than the item. */
    final boolean fallbackReturnsUni;
    private final Body body;
    private final UnaryOperator<Object> receiverOf;
    private final boolean restClientCall;
    private final boolean receivesFailure;
    private final List<Class<?>> applyOn;
    private final List<Class<?>> skipOn;
    /** The method's lifetime count of answers, shared by its overloads. */
    private final LongAdder answers;

    MethodFallback(boolean enabled, boolean async, Method fallback, boolean receivesFailure, List<Class<?>> applyOn,
            List<Class<?>> skipOn, LongAdder answers) {
        this(enabled, async, fallback == null ? null : reflective(fallback), target -> target, false, receivesFailure,
                applyOn, skipOn, answers);
    }

    private MethodFallback(boolean enabled, boolean async, Body body, UnaryOperator<Object> receiverOf,
            boolean restClientCall, boolean receivesFailure, List<Class<?>> applyOn, List<Class<?>> skipOn,
            LongAdder answers) {
        this(enabled, async, false, false, body, receiverOf, restClientCall, receivesFailure, applyOn, skipOn, answers);
    }

    private MethodFallback(boolean enabled, boolean async, boolean uni, boolean fallbackReturnsUni, Body body,
            UnaryOperator<Object> receiverOf, boolean restClientCall, boolean receivesFailure, List<Class<?>> applyOn,
            List<Class<?>> skipOn, LongAdder answers) {
        this.enabled = enabled;
        this.async = async;
        this.uni = uni;
        this.fallbackReturnsUni = fallbackReturnsUni;
        this.body = body;
        this.receiverOf = receiverOf;
        this.restClientCall = restClientCall;
        this.receivesFailure = receivesFailure;
        this.applyOn = List.copyOf(applyOn);
        this.skipOn = List.copyOf(skipOn);
        this.answers = answers;
    }

    /**
     * The fallback of a REST call.
     *
     * @param body the fallback method's own body: a handle bound to nothing, whose first argument is the
     *     receiver unless the method is static
     * @param isStatic whether the fallback method is static
     * @param receiverOf an instance of the interface for an intercepted target
     * @param answers the method's count of answers
     */
    static MethodFallback ofRestClient(boolean enabled, boolean async, MethodHandle body, boolean isStatic,
            UnaryOperator<Object> receiverOf, boolean receivesFailure, List<Class<?>> applyOn,
            List<Class<?>> skipOn, LongAdder answers) {
        Body call = isStatic ? (receiver, arguments) -> body.invokeWithArguments(arguments)
                : (receiver, arguments) -> body.bindTo(receiver).invokeWithArguments(arguments);
        return new MethodFallback(enabled, async, call, isStatic ? target -> null : receiverOf, true, receivesFailure,
                applyOn, skipOn, answers);
    }

    /**
     * @param returnsUni whether the fallback method returns a {@code Uni} rather than the item
     * @return the same fallback, for a method that returns a Mutiny {@code Uni}
     */
    MethodFallback forUni(boolean returnsUni) {
        return new MethodFallback(enabled, async, true, returnsUni, body, receiverOf, restClientCall, receivesFailure,
                applyOn, skipOn, answers);
    }

    /**
     * @param thrown what the protected call threw or failed with
     * @return the failure the fallback judges and receives: the wrappers of asynchronous code removed,
     *     and for a REST call Jersey's ({@link RestClientCalls#failureOf})
     */
    Throwable failureOf(Throwable thrown) {
        Throwable failure = Throwables.unwrap(thrown);
        return restClientCall ? RestClientCalls.failureOf(failure) : failure;
    }

    /**
     * @param failure what the protected call threw or failed with, as {@link #failureOf} gives it
     * @return whether the fallback answers it: not a {@code skipOn} type (which wins), and an
     *     {@code applyOn} type or any throwable when {@code applyOn} is empty
     */
    boolean answers(Throwable failure) {
        return ThrowableRule.selects(failure, applyOn, skipOn, Throwable.class);
    }

    /**
     * @param target the intercepted instance
     * @return what the fallback runs on: the target itself, except for a REST call whose target is no
     *     client of its interface. Asked on the caller's thread, before the call, for a method that
     *     returns a stage.
     */
    Object receiverOf(Object target) {
        return receiverOf.apply(target);
    }

    /**
     * Runs the fallback method, and counts the answer (whether the fallback then returns or throws).
     *
     * @param receiver what it runs on ({@link #receiverOf})
     * @param parameters the protected call's arguments
     * @param failure what the protected call threw, as {@link #failureOf} gives it
     * @return what the fallback returned
     * @throws Exception what the fallback threw, unwrapped
     */
    Object answer(Object receiver, Object[] parameters, Throwable failure) throws Exception {
        answers.increment();
        Object[] arguments = parameters;
        if (receivesFailure) {
            arguments = Arrays.copyOf(parameters, parameters.length + 1);
            arguments[parameters.length] = failure;
        }
        try {
            return body.run(receiver, arguments);
        } catch (Exception | Error thrown) {
            throw thrown;
        } catch (Throwable other) {
            throw new UndeclaredThrowableException(other);
        }
    }

    /** A fallback method's call. */
    @FunctionalInterface
    private interface Body {
        Object run(Object receiver, Object[] arguments) throws Throwable;
    }

    private static Body reflective(Method fallback) {
        boolean isStatic = Modifier.isStatic(fallback.getModifiers());
        return (receiver, arguments) -> {
            try {
                return fallback.invoke(isStatic ? null : receiver, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause() != null ? thrown.getCause() : thrown;
            } catch (IllegalAccessException notAccessible) {
                throw new IllegalStateException("The fallback method " + fallback + " cannot be called", notAccessible);
            }
        };
    }
}
